using System.Security.Cryptography;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.Packaging;
using ServerlessSdk.Tooling.Tests.Elf;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>The Azure Functions app zip: the generated files and the executable at its root, deterministic, checked.</summary>
public sealed class AzurePackagerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_zip_holds_host_json_the_function_folders_and_the_executable_and_is_deterministic()
    {
        var (publish, app) = Prepare();
        var zip = Path.Combine(_folder.Path, "out", "app.zip");

        var first = AzurePackager.Package(publish, app, zip, "Orders", "x86_64");
        var firstHash = SHA256.HashData(File.ReadAllBytes(zip));
        var second = AzurePackager.Package(publish, app, zip, "Orders", "x86_64");

        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.True(second.Succeeded);
        Assert.Equal(firstHash, SHA256.HashData(File.ReadAllBytes(zip)));
        var entries = first.Zip!.Entries.ToDictionary(e => e.Path);
        Assert.Contains("host.json", entries.Keys);
        Assert.Contains("GetItem/function.json", entries.Keys);
        Assert.Contains("ProcessOrder/function.json", entries.Keys);
        Assert.True(entries["Orders"].IsOwnerExecutable);
        Assert.False(entries["host.json"].IsOwnerExecutable);
        Assert.DoesNotContain("Orders.dbg", entries.Keys);
    }

    [Fact]
    public void An_executable_for_the_other_architecture_leaves_no_zip()
    {
        var (publish, app) = Prepare();
        var zip = Path.Combine(_folder.Path, "out", "app.zip");

        var result = AzurePackager.Package(publish, app, zip, "Orders", "arm64");

        Assert.Contains(DiagnosticCodes.ArchitectureMismatch, result.Diagnostics.Select(d => d.Code));
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public void A_missing_executable_or_host_json_is_SLS3030()
    {
        var (publish, app) = Prepare();
        File.Delete(Path.Combine(app, "host.json"));
        var zip = Path.Combine(_folder.Path, "out", "app.zip");

        var result = AzurePackager.Package(publish, app, zip, "NotThere", "x86_64");

        Assert.Equal([DiagnosticCodes.AzureZipIncomplete], result.Diagnostics.Select(d => d.Code));
        Assert.False(File.Exists(zip));
    }

    private (string Publish, string App) Prepare()
    {
        var publish = Path.Combine(_folder.Path, "publish");
        Directory.CreateDirectory(publish);
        File.WriteAllBytes(Path.Combine(publish, "Orders"), ElfBuilder.TypicalAotExecutable().Build().Bytes);
        File.WriteAllText(Path.Combine(publish, "Orders.dbg"), "symbols");
        var app = Path.Combine(_folder.Path, "functionapp");
        var emitted = AzureEmitter.EmitFunctionApp(AzureFixtures.Mixed(), AzureFixtures.Settings(), app, overwriteEdited: false);
        Assert.True(emitted.Succeeded);
        return (publish, app);
    }
}
