using System.IO.Compression;
using ServerlessSdk.Tooling.IaC;

namespace ServerlessSdk.Tooling.Tests.IaC.Validators;

/// <summary>
/// What we emit, for every trigger type (the fixtures) and every sample, through the validators users run:
/// AWS's CloudFormation validator with the SAM transform, `serverless package` (v3, validation mode error) and its
/// CloudFormation, the HCL parser and the AWS provider schema.
/// </summary>
[Collection(ValidatorCollection.Name)]
public sealed class EmittedIaCValidationTests(EmittedIaC emitted) : IClassFixture<EmittedIaC>
{
    [Fact]
    public void Every_sam_template_has_no_validator_errors()
    {
        var result = IaCValidators.ValidateSam([.. emitted.Folders.Select(f => Path.Combine(f, "template.yaml"))]);

        Assert.True(result.Passed, result.Output);
    }

    [Fact]
    public void Every_terraform_folder_parses_and_names_only_what_the_aws_provider_has()
    {
        var parsed = IaCValidators.ParseTerraform([.. emitted.Folders]);
        var schema = IaCValidators.CheckTerraformSchema([.. emitted.Folders]);

        Assert.True(parsed.Passed, parsed.Output);
        Assert.True(schema.Passed, schema.Output);
    }

    [Fact]
    public void Every_serverless_service_packages_and_its_cloudformation_has_no_errors()
    {
        var result = IaCValidators.PackageServerless(emitted.ServerlessParameters, [.. emitted.Folders]);

        Assert.True(result.Passed, result.Output);
    }
}

/// <summary>
/// Each case emitted once into <c>&lt;case&gt;/infra</c>, and each sample's golden folder copied there, beside the
/// zips its IaC points at.
/// </summary>
public sealed class EmittedIaC : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-iac-").FullName;

    public EmittedIaC()
    {
        var folders = new List<string>();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, manifest, settings) in IaCFixtures.AllCases)
        {
            var infra = Path.Combine(_root, name, "infra");
            var result = IaCEmitter.Emit(manifest, settings, infra, IaCFormats.All, overwriteEdited: false);
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            foreach (var zip in settings.PackagePaths.Values)
            {
                WriteZip(Path.GetFullPath(Path.Combine(infra, zip)));
            }

            foreach (var input in IaCFixtures.Inputs(manifest))
            {
                parameters[input.Serverless] = input.Value;
            }

            foreach (var bus in manifest.Functions.SelectMany(f => f.Triggers.OfType<ServerlessSdk.Tooling.IaC.Manifest.EventBridgeTrigger>()).Select(t => t.EventBus).Where(b => b != "default" && !b.StartsWith("arn:", StringComparison.Ordinal) && !manifest.Resources.Any(r => r.Name == b)))
            {
                parameters[ServerlessSdk.Tooling.IaC.ServerlessFramework.ServerlessYamlWriter.EventBusArnParameter(bus)] = $"arn:aws:events:us-east-1:123456789012:event-bus/{bus}";
            }

            folders.Add(infra);
        }

        foreach (var (name, project) in IaCFixtures.SampleGoldenCases)
        {
            var infra = Path.Combine(_root, name, "infra");
            Directory.CreateDirectory(infra);
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "IaC", "Golden", name)))
            {
                File.Copy(file, Path.Combine(infra, Path.GetFileName(file)));
            }

            // Where dotnet publish -c Release -r linux-x64|linux-arm64 of the sample writes its zips, relative to infra/.
            WriteZip(Path.Combine(_root, name, "bin", "Release", "net10.0", "linux-x64", $"{project}-x86_64.zip"));
            WriteZip(Path.Combine(_root, name, "bin", "Release", "net10.0", "linux-arm64", $"{project}-arm64.zip"));
            folders.Add(infra);
        }

        Folders = folders;
        ServerlessParameters = parameters;
    }

    public IReadOnlyList<string> Folders { get; }

    public IReadOnlyDictionary<string, string> ServerlessParameters { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void WriteZip(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("bootstrap").Open());
        writer.Write("#!/bin/sh\n");
    }
}
