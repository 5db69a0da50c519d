using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class OverlayTests
{
    [Fact]
    public void The_sam_overlay_is_merged_into_the_template()
    {
        using var folder = new TempFolder();
        folder.Write("template.overlay.json", """
            {
              "Parameters": { "Env": { "Type": "String", "Default": "dev" } },
              "Resources": { "ItemsTable": { "Type": "AWS::DynamoDB::Table", "Properties": { "BillingMode": "PAY_PER_REQUEST" } } },
              "Outputs": { "TableName": { "Value": { "Ref": "ItemsTable" } } }
            }
            """);

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: ["sam"]);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var template = File.ReadAllText(Path.Combine(folder.Path, "template.yaml"));
        Assert.Contains("  ItemsTable:\n    Type: AWS::DynamoDB::Table\n", template, StringComparison.Ordinal);
        Assert.Contains("Parameters:\n  Env:\n", template, StringComparison.Ordinal);
        Assert.Contains("  TableName:\n    Value:\n      Ref: ItemsTable\n", template, StringComparison.Ordinal);
        Assert.True(template.IndexOf("Parameters:", StringComparison.Ordinal) < template.IndexOf("Resources:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_overlay_entry_with_a_generated_name_is_a_conflict()
    {
        using var folder = new TempFolder();
        folder.Write("template.overlay.json", """{ "Resources": { "HelloFunction": { "Type": "AWS::SNS::Topic" } } }""");

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: ["sam"]);

        Assert.Equal([DiagnosticCodes.IaCOverlayConflict], EmitHelper.Codes(result));
        Assert.False(File.Exists(Path.Combine(folder.Path, "template.yaml")));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("""{ "Transform": "x" }""")]
    [InlineData("""{ "Resources": [] }""")]
    public void A_malformed_sam_overlay_is_reported(string overlay)
    {
        using var folder = new TempFolder();
        folder.Write("template.overlay.json", overlay);

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: ["sam"]);

        Assert.Contains(DiagnosticCodes.IaCOverlayInvalid, EmitHelper.Codes(result));
    }

    [Fact]
    public void The_serverless_overlay_is_referenced_with_file_variables()
    {
        using var folder = new TempFolder();
        folder.Write("serverless.overlay.yml", "custom:\n  team: orders\nresources:\n  Resources:\n    Extra:\n      Type: AWS::SNS::Topic\n");

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: ["serverless"]);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var yaml = File.ReadAllText(Path.Combine(folder.Path, "serverless.yml"));
        Assert.Contains("  - ${file(./serverless.overlay.yml):resources}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("custom: ${file(./serverless.overlay.yml):custom}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("resources:\n  - Resources:\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_overlay_serverless_resources_are_a_plain_section()
    {
        using var folder = new TempFolder();

        EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: ["serverless"]);

        var yaml = File.ReadAllText(Path.Combine(folder.Path, "serverless.yml"));
        Assert.Contains("resources:\n  Resources:\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("${file(./", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_serverless_overlay_with_other_sections_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("serverless.overlay.yml", "provider:\n  stage: prod\n");

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), formats: ["serverless"]);

        Assert.Equal([DiagnosticCodes.IaCOverlayInvalid], EmitHelper.Codes(result));
    }
}
