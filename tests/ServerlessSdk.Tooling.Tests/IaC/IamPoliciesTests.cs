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
    [InlineData("*", DiagnosticCodes.IaCWildcardAction)]
    [InlineData("*:*", DiagnosticCodes.IaCWildcardAction)]
    [InlineData("s3:*", DiagnosticCodes.IaCServiceWildcardAction)]
    public void A_wildcard_declared_action_is_reported(string action, string code)
    {
        var manifest = WithPolicy(new PolicyStatement([action], ["arn:aws:s3:::bucket/*"]));

        var (_, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());

        Assert.Equal([code], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_bare_wildcard_action_is_an_error_and_stops_emission()
    {
        var (model, diagnostics) = ServiceModelBuilder.Build(WithPolicy(new PolicyStatement(["*"], ["arn:aws:s3:::bucket"])), IaCFixtures.Settings());

        Assert.Null(model);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public void A_declared_wildcard_resource_is_a_warning()
    {
        var (model, diagnostics) = ServiceModelBuilder.Build(WithPolicy(new PolicyStatement(["ec2:DescribeNetworkInterfaces"], ["*"])), IaCFixtures.Settings());

        Assert.NotNull(model);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.IaCWildcardResource, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Theory]
    [InlineData(new string[0], new[] { "arn:aws:s3:::b" })]
    [InlineData(new[] { "s3:GetObject" }, new string[0])]
    [InlineData(new[] { " " }, new[] { "arn:aws:s3:::b" })]
    public void An_empty_declared_statement_is_an_error(string[] actions, string[] resources)
    {
        var (_, diagnostics) = ServiceModelBuilder.Build(WithPolicy(new PolicyStatement(actions, resources)), IaCFixtures.Settings());

        Assert.Contains(DiagnosticCodes.IaCEmptyPolicyStatement, diagnostics.Select(d => d.Code));
    }

    private static ServiceManifest WithPolicy(PolicyStatement statement) =>
        new("orders", [IaCFixtures.Function("Reader", new ScheduleTrigger("rate(1 hour)", true)) with { Policies = [statement] }]);
}
