using ServerlessSdk.Tooling.IaC.Hcl;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class HclWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("${var.x}", "\"$${var.x}\"")]
    [InlineData("%{if}", "\"%%{if}\"")]
    [InlineData("$default", "\"$default\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    public void Strings_are_escaped_and_never_become_templates(string value, string expected)
    {
        Assert.Equal(expected, HclWriter.Quote(value));
    }

    [Fact]
    public void Blocks_align_adjacent_attributes_like_terraform_fmt()
    {
        var body = new HclBody()
            .Set("name", "x")
            .Set("retention_in_days", 14)
            .Set("tags", new HclObject().Add("Team", "orders").Add("cost-center", "42"))
            .Set("after", true)
            .Block("nested", b => b.Set("mode", "Active"))
            .Set("depends_on", new HclList([HclValue.Expr("aws_iam_role.a")]));

        var text = HclWriter.Write([new HclBlock("resource", ["aws_thing", "a"], body)]);

        Assert.Equal(
            "resource \"aws_thing\" \"a\" {\n" +
            "  name              = \"x\"\n" +
            "  retention_in_days = 14\n" +
            "  tags              = {\n" +
            "    Team          = \"orders\"\n" +
            "    \"cost-center\" = \"42\"\n" +
            "  }\n" +
            "  after = true\n" +
            "\n" +
            "  nested {\n" +
            "    mode = \"Active\"\n" +
            "  }\n" +
            "\n" +
            "  depends_on = [aws_iam_role.a]\n" +
            "}\n",
            text);
    }

    [Fact]
    public void Lists_of_objects_and_calls_are_written_over_several_lines()
    {
        var value = HclValue.JsonEncode(new HclObject().Add("Statement", new HclList([new HclObject().Add("Effect", "Allow")])));
        var text = HclWriter.Write([new HclBlock("locals", [], new HclBody().Set("policy", value))]);

        Assert.Equal("locals {\n  policy = jsonencode({\n    Statement = [\n      {\n        Effect = \"Allow\"\n      },\n    ]\n  })\n}\n", text);
    }

    [Fact]
    public void Templates_keep_their_interpolations()
    {
        var text = HclWriter.Write([new HclBlock("locals", [], new HclBody().Set("arn", new HclTemplate("${aws_x.y.arn}:*")))]);

        Assert.Contains("arn = \"${aws_x.y.arn}:*\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_block_is_written_on_one_line()
    {
        Assert.Equal("data \"aws_caller_identity\" \"current\" {}\n", HclWriter.Write([new HclBlock("data", ["aws_caller_identity", "current"], new HclBody())]));
    }
}
