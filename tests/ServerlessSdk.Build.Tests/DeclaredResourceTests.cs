using System.Text.RegularExpressions;
using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

/// <summary>A project that declares a table, through the packed packages: the IaC creates it and grants on it alone.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed partial class DeclaredResourceTests(LocalFeed feed)
{
    private const string Properties = "<ServerlessSkipMeasure>true</ServerlessSkipMeasure><ServerlessIaCFormats>sam;terraform;serverless</ServerlessIaCFormats>";

    private const string Program = """
        using ServerlessSdk.Functions;
        using ServerlessSdk.Runtime.Events;

        [assembly: DynamoDbTable("Items", PartitionKey = "id")]

        return await ServerlessFunctions.RunAsync();

        public static class Api
        {
            [Uses("Items", Access.ReadWrite)]
            [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
            public static HttpApiResponse Get(string id) =>
                HttpApiResponse.Text(200, Environment.GetEnvironmentVariable("ITEMS_TABLE_NAME") ?? id);
        }
        """;

    [Fact]
    public void A_declared_table_is_created_and_is_the_only_resource_of_its_grant()
    {
        using var function = new FunctionProject(feed, "Tables", Properties, Program);

        function.Build().ShouldSucceed();

        var sam = Read(function, "template.yaml");
        Assert.Contains("ItemsTable:\n    Type: AWS::DynamoDB::Table\n", sam, StringComparison.Ordinal);
        Assert.Contains("ITEMS_TABLE_NAME:\n            Ref: ItemsTable\n", sam, StringComparison.Ordinal);
        var grant = SamStatement().Match(sam);
        Assert.True(grant.Success, sam);
        Assert.Equal(["ItemsTable"], ResourceIds().Matches(grant.Groups["resources"].Value).Select(m => m.Groups["id"].Value));
        Assert.Contains("dynamodb:PutItem", grant.Value, StringComparison.Ordinal);

        var terraform = Read(function, "main.tf");
        Assert.Contains("resource \"aws_dynamodb_table\" \"items\"", terraform, StringComparison.Ordinal);
        var tfGrant = TerraformStatement().Match(terraform);
        Assert.True(tfGrant.Success, terraform);
        Assert.Equal("[aws_dynamodb_table.items.arn]", tfGrant.Groups["resources"].Value);

        var serverless = Read(function, "serverless.yml");
        Assert.Contains("ItemsTable:\n      Type: AWS::DynamoDB::Table\n", serverless, StringComparison.Ordinal);
        foreach (var text in new[] { sam, terraform, serverless })
        {
            Assert.DoesNotContain("dynamodb:*", text, StringComparison.Ordinal);
            Assert.DoesNotContain(":table/*", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_use_of_an_undeclared_resource_is_SLS4030_at_compile_time()
    {
        using var function = new FunctionProject(feed, "Undeclared", Properties, Program.Replace("[Uses(\"Items\"", "[Uses(\"Orders\"", StringComparison.Ordinal));

        Assert.Contains("SLS4030", function.Build().ShouldFail().Errors);
    }

    private static string Read(FunctionProject function, string file) =>
        File.ReadAllText(Path.Combine(function.IaCDirectory, file)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The role's UsesItems statement, up to the next statement or the role's tags.</summary>
    [GeneratedRegex(@"- Sid: UsesItems\n(?<body>(?:(?!\s+- Sid:|\s+Tags:).*\n)*?)\s+Resource:\n(?<resources>(?:(?!\s+- Sid:|\s+Tags:).*\n)*)")]
    private static partial Regex SamStatement();

    [GeneratedRegex(@"- Fn::GetAtt:\n\s+- (?<id>\w+)\n")]
    private static partial Regex ResourceIds();

    [GeneratedRegex(@"Sid\s+= ""UsesItems""\n.*\n.*\n\s+Resource = (?<resources>\[.*\])")]
    private static partial Regex TerraformStatement();
}
