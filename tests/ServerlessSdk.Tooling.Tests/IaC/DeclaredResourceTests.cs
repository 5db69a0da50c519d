using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.Tests.Zip;
using static ServerlessSdk.Tooling.Tests.IaC.IaCFixtures;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>Declared resources in the IaC: created once, granted per [Uses] on their own ARN only, named to the function.</summary>
public sealed class DeclaredResourceTests
{
    private static readonly DeclaredTable Items = new("Items", new TableKey("id", "S"), null, null, PointInTimeRecovery: true, DeletionProtection: false, null);

    [Theory]
    [InlineData(ResourceAccess.Read, new[] { "dynamodb:GetItem", "dynamodb:Query" }, new[] { "dynamodb:PutItem", "dynamodb:DeleteItem" })]
    [InlineData(ResourceAccess.Write, new[] { "dynamodb:PutItem", "dynamodb:DeleteItem" }, new[] { "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan" })]
    [InlineData(ResourceAccess.ReadWrite, new[] { "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem", "dynamodb:Query" }, new string[0])]
    public void A_table_use_grants_its_access_on_that_table_only(ResourceAccess access, string[] granted, string[] withheld)
    {
        var function = Model(Service(Function("Api", Route()) with { Uses = [new ResourceUse("Items", access)] }, Items)).Functions.Single();

        var statement = Assert.Single(IamPolicies.For(function), s => s.Sid == "UsesItems");

        Assert.Equal([new TableResource("Items")], statement.Resources);
        Assert.All(granted, a => Assert.Contains(a, statement.Actions));
        Assert.All(withheld, a => Assert.DoesNotContain(a, statement.Actions));
        Assert.All(statement.Actions, a => Assert.DoesNotContain("*", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_kind_is_granted_only_on_its_own_resource()
    {
        var model = Model(Resources());

        var grants = model.Functions.SelectMany(IamPolicies.For).Where(s => s.Sid.StartsWith("Uses", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(grants);
        Assert.All(grants, s => Assert.Single(s.Resources));
        Assert.DoesNotContain(grants.SelectMany(s => s.Resources), r => r is AnyResource or LiteralResource);
        Assert.Equal(["sns:Publish"], grants.Single(s => s.Sid == "UsesAlerts").Actions);
        Assert.Equal(["events:PutEvents"], grants.Single(s => s.Sid == "UsesEvents").Actions);
        Assert.Equal(["s3:GetObject"], grants.Single(s => s.Sid == "UsesUploadsObjects").Actions);
        Assert.Equal([new BucketObjectsResource("uploads", "shop-uploads")], grants.Single(s => s.Sid == "UsesUploadsObjects").Resources);
    }

    [Fact]
    public void A_trigger_on_a_declared_resource_uses_it_instead_of_creating_another()
    {
        var model = Model(Resources());

        Assert.Equal(["Orders", "Payments"], model.Queues.Select(q => q.Name));
        Assert.Equal(["Alerts"], model.Topics);
        Assert.Equal(["archive", "uploads"], model.Buckets);
        Assert.Empty(model.DynamoDbTables); // no stream ARN input: the stream is the declared table's
        Assert.Equal(["Items"], model.Tables.Select(t => t.Name));
        Assert.Equal(["Events"], model.EventBuses);
        var payments = model.Queues.Single(q => q.Name == "Payments");
        Assert.True(payments.Fifo);
        Assert.EndsWith(".fifo", payments.PhysicalName, StringComparison.Ordinal);
        Assert.EndsWith(".fifo", payments.DeadLetterName, StringComparison.Ordinal);
        Assert.Equal(3, payments.MaxReceiveCount);
    }

    [Fact]
    public void Every_format_names_the_table_to_the_function_and_grants_only_its_arn()
    {
        using var folder = new TempFolder();
        var manifest = Service(Function("Api", Route()) with { Uses = [new ResourceUse("Items", ResourceAccess.ReadWrite)] }, Items);

        Assert.True(EmitHelper.Emit(folder.Path, manifest).Succeeded);

        var files = EmitHelper.Files(folder.Path);
        Assert.Contains("Type: AWS::DynamoDB::Table", files["template.yaml"], StringComparison.Ordinal);
        Assert.Contains("          ITEMS_TABLE_NAME:\n            Ref: ItemsTable\n", files["template.yaml"], StringComparison.Ordinal);
        Assert.Contains("Type: AWS::DynamoDB::Table", files["serverless.yml"], StringComparison.Ordinal);
        Assert.Contains("      ITEMS_TABLE_NAME:\n        Ref: ItemsTable\n", files["serverless.yml"], StringComparison.Ordinal);
        Assert.Contains("resource \"aws_dynamodb_table\" \"items\"", files["main.tf"], StringComparison.Ordinal);
        Assert.Contains("ITEMS_TABLE_NAME    = aws_dynamodb_table.items.name", files["main.tf"], StringComparison.Ordinal);
        Assert.Contains("Resource = [aws_dynamodb_table.items.arn]", files["main.tf"], StringComparison.Ordinal);
        Assert.All(files.Values, text => Assert.DoesNotContain("dynamodb:*", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Deletion_protection_and_an_opted_out_recovery_reach_every_format()
    {
        using var folder = new TempFolder();
        var table = Items with { PointInTimeRecovery = false, DeletionProtection = true };

        Assert.True(EmitHelper.Emit(folder.Path, Service(Function("Api", Route()), table)).Succeeded);

        var files = EmitHelper.Files(folder.Path);
        Assert.Contains("PointInTimeRecoveryEnabled: false\n      DeletionProtectionEnabled: true\n", files["template.yaml"], StringComparison.Ordinal);
        Assert.Contains("deletion_protection_enabled = true", files["main.tf"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SLS4030")]
    [InlineData("SLS4031")]
    [InlineData("SLS4032")]
    [InlineData("SLS4033")]
    [InlineData("SLS4034")]
    [InlineData("SLS4035")]
    [InlineData("SLS4036")]
    [InlineData("SLS4038")]
    [InlineData("SLS4060")]
    public void A_hand_written_manifest_gets_the_generators_codes(string code)
    {
        var manifest = code switch
        {
            "SLS4030" => Service(Function("Api", Route()) with { Uses = [new ResourceUse("Missing", ResourceAccess.Read)] }, Items),
            "SLS4031" => Service(Function("Api", Route()), Items, new DeclaredQueue("items", false, 30, 5)),
            "SLS4032" => Service(Function("Api", Route()), new DeclaredBucket("Not_A_Bucket", false)),
            "SLS4033" => Service(Function("Api", Route()), Items with { SortKey = new TableKey("id", "S") }),
            "SLS4034" => Service(Function("Changes", new DynamoDbStreamTrigger("Items", StreamStartingPosition.Latest, 100, true, true)), Items),
            "SLS4035" => Service(Function("Api", Route()) with { Uses = [new ResourceUse("Alerts", ResourceAccess.Read)] }, new DeclaredTopic("Alerts")),
            "SLS4036" => Service(Function("Api", Route()), new DeclaredQueue("Orders", false, 50000, 5)),
            "SLS4060" => Service(Function("Api", Route()) with { Uses = [new ResourceUse("Items", ResourceAccess.Read)] }, new DeclaredStorageTable("Items")),
            _ => Service(Function("Api", Route()) with { Uses = [new ResourceUse("Items", ResourceAccess.Read)], Environment = new Dictionary<string, string> { ["ITEMS_TABLE_NAME"] = "x" } }, Items),
        };

        var (model, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());

        Assert.Null(model);
        Assert.Equal([code], diagnostics.Select(d => d.Code).Distinct());
    }

    [Theory]
    [InlineData("SLS4031", "Rule", "Shop", "Jobs", "s", "")]
    [InlineData("SLS4032", "bad name", "Shop", "Jobs", "s", "")]
    [InlineData("SLS4039", "Rule", "Orders", "Jobs", "s", "")]
    [InlineData("SLS4040", "Rule", "Shop", "Shop", "s", "")]
    [InlineData("SLS4041", "Rule", "Shop", "Jobs", "", "")]
    [InlineData("SLS4042", "Rule", "Shop", "Ordered", "s", "")]
    public void A_hand_written_event_rule_gets_the_generators_codes(string code, string name, string bus, string target, string source, string detailType)
    {
        string[] Values(string value) => value.Length == 0 ? [] : [value];
        var rule = new DeclaredEventRule(name, bus, Values(source), Values(detailType), target);
        var manifest = Service(Function("Api", Route()), new DeclaredEventBus("Shop"), new DeclaredQueue("Jobs", false, 30, 3), new DeclaredQueue("Ordered", true, 30, 3))
            with { EventRules = code == "SLS4031" ? [rule, rule with { Name = "rule" }] : [rule] };

        var (model, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());

        Assert.Null(model);
        Assert.Equal([code], diagnostics.Select(d => d.Code).Distinct());
    }

    [Fact]
    public void An_event_rule_whose_prefixed_name_is_over_64_characters_is_SLS4135()
    {
        var manifest = Service(Function("Api", Route()), new DeclaredEventBus("Shop"), new DeclaredQueue("Jobs", false, 30, 3))
            with { EventRules = [new DeclaredEventRule(new string('R', 60), "Shop", ["s"], [], "Jobs")] };

        var (model, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());

        Assert.Null(model);
        Assert.Equal(["SLS4135"], diagnostics.Select(d => d.Code).Distinct());
    }

    private static HttpRouteTrigger Route() => new("GET", "/items/{id}", HttpAuth.None, []);

    private static ServiceManifest Service(FunctionDeclaration function, params DeclaredResource[] resources) =>
        new("shop", [function]) { Resources = resources };

    private static ServiceModel Model(ServiceManifest manifest)
    {
        var (model, diagnostics) = ServiceModelBuilder.Build(manifest, IaCFixtures.Settings());
        Assert.True(model is not null, string.Join('\n', diagnostics));
        return model;
    }
}
