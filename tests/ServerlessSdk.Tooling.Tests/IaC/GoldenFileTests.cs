using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>
/// The emitted files of every <see cref="IaCFixtures"/> case, byte for byte (the samples' golden folders are
/// compared with what their build writes, in the end-to-end tests). After an intended change, regenerate
/// with <c>SERVERLESS_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenFileTests</c> and review the diff.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string> Cases() => [.. IaCFixtures.AllCases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Emitted_files_match_the_golden_files(string name)
    {
        var (_, manifest, settings) = IaCFixtures.AllCases.Single(c => c.Name == name);
        using var folder = new TempFolder();

        var result = IaCEmitter.Emit(manifest, settings, folder.Path, IaCFormats.All, overwriteEdited: false);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var emitted = EmitHelper.Files(folder.Path);
        if (Environment.GetEnvironmentVariable("SERVERLESS_UPDATE_GOLDEN") == "1")
        {
            var target = Path.Combine(Repository.Root, "tests", "ServerlessSdk.Tooling.Tests", "IaC", "Golden", name);
            Directory.CreateDirectory(target);
            foreach (var (file, content) in emitted)
            {
                File.WriteAllText(Path.Combine(target, file), content);
            }

            return;
        }

        var golden = Path.Combine(AppContext.BaseDirectory, "IaC", "Golden", name);
        Assert.Equal(
            Directory.GetFiles(golden).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            emitted.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, content) in emitted)
        {
            // A checkout with CRLF line ends (git autocrlf) must not fail the comparison.
            Assert.Equal(File.ReadAllText(Path.Combine(golden, file)).Replace("\r\n", "\n", StringComparison.Ordinal), content);
        }
    }
}
