using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class YamlWriterTests
{
    [Theory]
    [InlineData("bootstrap", "bootstrap")]
    [InlineData("AWS::Serverless-2016-10-31", "AWS::Serverless-2016-10-31")]
    [InlineData("s3:ObjectCreated:*", "s3:ObjectCreated:*")]
    [InlineData("/aws/lambda/orders-items", "/aws/lambda/orders-items")]
    [InlineData("$request.header.Authorization", "$request.header.Authorization")]
    [InlineData("2010-09-09", "'2010-09-09'")]
    [InlineData("2.0", "'2.0'")]
    [InlineData("3", "'3'")]
    [InlineData("true", "'true'")]
    [InlineData("No", "'No'")]
    [InlineData("null", "'null'")]
    [InlineData("~", "'~'")]
    [InlineData("", "''")]
    [InlineData("*", "'*'")]
    [InlineData("- item", "'- item'")]
    [InlineData("a: b", "'a: b'")]
    [InlineData("a #b", "'a #b'")]
    [InlineData("it's", "'it''s'")]
    [InlineData(".csv", "'.csv'")]
    [InlineData("@x", "'@x'")]
    [InlineData("trailing ", "'trailing '")]
    [InlineData("line\nbreak", "\"line\\nbreak\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    public void Strings_are_quoted_only_when_a_reader_could_misread_them(string value, string expected)
    {
        Assert.Equal(expected, YamlWriter.Quote(value));
    }

    [Fact]
    public void Mappings_and_sequences_are_written_in_block_style()
    {
        var root = new YamlMap()
            .Add("Name", "x")
            .Add("Count", 3)
            .Add("Enabled", true)
            .Add("Empty", new YamlMap())
            .Add("None", new YamlSeq([]))
            .Add("List", YamlSeq.Of("a", new YamlMap().Add("k", "v").Add("m", 1), YamlSeq.Of("inner")))
            .Add("Nested", new YamlMap().Add("Ref", "Thing"));

        Assert.Equal(
            "Name: x\nCount: 3\nEnabled: true\nEmpty: {}\nNone: []\nList:\n  - a\n  - k: v\n    m: 1\n  -\n    - inner\nNested:\n  Ref: Thing\n",
            YamlWriter.Write(root));
    }

    [Fact]
    public void Json_becomes_yaml_with_its_key_order_and_types()
    {
        var node = YamlNode.FromJson("""{"b":[1,"x",true,null],"a":{"c":2.5}}""");

        Assert.Equal("root:\n  b:\n    - 1\n    - x\n    - true\n    - null\n  a:\n    c: 2.5\n", YamlWriter.Write(new YamlMap().Add("root", node)));
    }

    [Fact]
    public void A_duplicate_key_is_a_bug_not_output()
    {
        Assert.Throws<InvalidOperationException>(() => new YamlMap().Add("a", "1").Add("a", "2"));
    }
}
