using System.IO.Compression;
using ServerlessSdk.Templates.Tests.Infrastructure;

namespace ServerlessSdk.Templates.Tests;

/// <summary>What the generated projects depend on is in the packages: the generator ships inside ServerlessSdk.Functions.</summary>
[Collection(TemplatePackCollection.Name)]
public sealed class PackageContentTests(TemplatePack pack)
{
    [Fact]
    public void The_functions_package_carries_the_generator_as_an_analyzer_and_its_props()
    {
        using var package = ZipFile.OpenRead(Path.Combine(pack.Feed, $"ServerlessSdk.Functions.{pack.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/ServerlessSdk.Functions.Generator.dll", entries);
        Assert.Contains("lib/net10.0/ServerlessSdk.Functions.dll", entries);
        Assert.Contains("build/ServerlessSdk.Functions.props", entries);
        Assert.Contains("buildTransitive/ServerlessSdk.Functions.props", entries);
    }

    [Fact]
    public void The_template_pack_is_a_template_package_with_every_template()
    {
        using var package = ZipFile.OpenRead(pack.TemplatesPackage);
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(nuspec.Open());

        Assert.Contains("<packageType name=\"Template\" />", reader.ReadToEnd(), StringComparison.Ordinal);
        foreach (var template in new[] { "serverless-api", "serverless-queue", "serverless-events", "serverless-scheduled" })
        {
            Assert.Contains(package.Entries, e => e.FullName == $"content/{template}/.template.config/dotnetcli.host.json");
            Assert.Contains(package.Entries, e => e.FullName == $"content/{template}/.github/workflows/ci.yml");
        }
    }
}
