using ServerlessSdk.Tests.Shared;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class IamPoliciesTests
{
    private static ServiceModel Model(ServiceManifest manifest)
    {
        var (model, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());
        Assert.True(model is not null, string.Join('\n', diagnostics));
        return model;
    }

    public static TheoryData<string> Cases() => [.. IaCFixtures.AllCases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_statement_allows_a_wildcard_action(string name)
    {
        var model = Model(IaCFixtures.AllCases.Single(c => c.Name == name).Manifest);

        var actions = model.Functions.SelectMany(IamPolicies.For).SelectMany(s => s.Actions).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, action =>
        {
            Assert.NotEqual("*", action);
            Assert.False(action.EndsWith(":*", StringComparison.Ordinal), action);
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_xray_statements_name_every_resource(string name)
    {
        var model = Model(IaCFixtures.AllCases.Single(c => c.Name == name).Manifest);

        foreach (var statement in model.Functions.SelectMany(IamPolicies.For).Where(s => s.Resources.Contains(AnyResource.Instance)))
        {
            Assert.All(statement.Actions, a => Assert.StartsWith("xray:", a, StringComparison.Ordinal));
            Assert.Single(statement.Resources);
        }
    }

    [Fact]
    public void Each_role_names_only_its_own_log_group_queues_and_streams()
    {
        var model = Model(IaCFixtures.Complete());

        foreach (var function in model.Functions)
        {
            var resources = IamPolicies.For(function).SelectMany(s => s.Resources).ToList();
            var t = function.Triggers;

            Assert.Equal([function.Name], resources.OfType<LogGroupResource>().Select(r => r.Function));
            Assert.Equal(t.Sqs.Select(q => q.Queue).Order(), resources.OfType<QueueResource>().Select(r => r.Queue).Order());
            Assert.Equal(t.Kinesis.Select(k => k.Stream), resources.OfType<KinesisStreamResource>().Select(r => r.Stream));
            Assert.Equal(t.DynamoDb.Select(d => d.Table), resources.OfType<DynamoDbStreamResource>().Select(r => r.Table));
            Assert.Equal(function.Tracing, resources.Contains(AnyResource.Instance));
        }
    }

    [Fact]
    public void Declared_statements_are_kept_verbatim()
    {
        var model = Model(IaCFixtures.Complete());
        var items = model.Functions.Single(f => f.Name == "ItemsApi");

        var declared = IamPolicies.For(items).Single(s => s.Sid == "Declared1");

        Assert.Equal(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"], declared.Actions);
        Assert.Equal([new LiteralResource("arn:aws:dynamodb:us-east-1:123456789012:table/items")], declared.Resources);
    }

    [Fact]
    public void Push_triggers_add_only_sending_to_the_functions_own_dead_letter_queue()
    {
        var model = Model(IaCFixtures.Complete());

        foreach (var name in new[] { "Auditor", "Cleanup", "Notifier" })
        {
            var statements = IamPolicies.For(model.Functions.Single(f => f.Name == name));
            Assert.Equal(["Logs", "FailureQueue"], statements.Select(s => s.Sid));
            Assert.Equal(["sqs:SendMessage"], statements[1].Actions);
            Assert.Equal([new FailureQueueResource(name)], statements[1].Resources);
        }
    }

    [Theory]
    [MemberData(nameof(PolicyCases.Indexes), MemberType = typeof(PolicyCases))]
    public void A_hand_written_manifest_gets_the_generator_codes(int index)
    {
        var (actions, resources, allow, codes) = PolicyCases.All[index];
        var manifest = ServiceManifestReader.FromJson(ManifestJson(actions, resources, allow));

        var (model, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());

        Assert.Equal(codes, diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(codes.Length == 0, model is not null);
    }

    [Fact]
    public void A_declared_wildcard_resource_is_an_error_and_stops_emission()
    {
        var (model, diagnostics) = ServiceModelBuilder.Build(WithPolicy(new PolicyStatement(["ec2:DescribeNetworkInterfaces"], [" *"])), IaCFixtures.Settings());

        Assert.Null(model);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.PolicyBroadResource, DiagnosticSeverity.Error), (error.Code, error.Severity));
    }

    [Fact]
    public void An_opted_out_statement_is_emitted_trimmed()
    {
        var statement = new PolicyStatement([" ec2:DescribeNetworkInterfaces"], [" *"], "no resource-level permissions");

        var declared = IamPolicies.For(Assert.Single(Model(WithPolicy(statement)).Functions)).Single(s => s.Sid == "Declared1");

        Assert.Equal(["ec2:DescribeNetworkInterfaces"], declared.Actions);
        Assert.Equal([new LiteralResource("*")], declared.Resources);
    }

    [Fact]
    public void Every_format_emits_the_trimmed_values()
    {
        var statement = new PolicyStatement([" sqs:SendMessage "], ["  arn:aws:sqs:us-east-1:123456789012:orders\t"]);
        using var folder = new Zip.TempFolder();

        var result = EmitHelper.Emit(folder.Path, WithPolicy(statement));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var files = EmitHelper.Files(folder.Path).Where(f => f.Key is "template.yaml" or "main.tf" or "serverless.yml").ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, file =>
        {
            Assert.Contains("arn:aws:sqs:us-east-1:123456789012:orders", file.Value, StringComparison.Ordinal);
            Assert.Contains("sqs:SendMessage", file.Value, StringComparison.Ordinal);
            foreach (var untrimmed in new[] { "'  arn:", "\"  arn:", "' sqs:", "\" sqs:", "orders\t", "orders\\t", "SendMessage '", "SendMessage \"" })
            {
                Assert.DoesNotContain(untrimmed, file.Value, StringComparison.Ordinal);
            }
        });
    }

    /// <summary>A manifest as a person would write it, one function with the statement.</summary>
    private static string ManifestJson(string[] actions, string[] resources, string? allow)
    {
        var policy = new Dictionary<string, object?> { ["actions"] = actions, ["resources"] = resources };
        if (allow is not null)
        {
            policy["allowBroadAccess"] = allow;
        }

        var function = new Dictionary<string, object?>
        {
            ["name"] = "Reader",
            ["handler"] = "Orders.Reader",
            ["tracing"] = false,
            ["policies"] = new[] { policy },
            ["triggers"] = new[] { new Dictionary<string, object?> { ["type"] = "schedule", ["expression"] = "rate(1 hour)", ["enabled"] = true } },
        };
        return System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?> { ["schemaVersion"] = 1, ["service"] = "orders", ["functions"] = new[] { function } });
    }

    private static ServiceManifest WithPolicy(PolicyStatement statement) =>
        new("orders", [IaCFixtures.Function("Reader", new ScheduleTrigger("rate(1 hour)", true)) with { Policies = [statement] }]);
}
