using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>
/// The emitted files of every <see cref="IaCFixtures"/> case, byte for byte (the samples' golden folders are
/// compared with what their build writes, in the end-to-end tests), through <see cref="GoldenFiles"/>: after an
/// intended change, <c>SERVERLESS_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenFileTests</c>
/// rewrites them; review the diff.
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
        GoldenFiles.AssertMatch(
            Path.Combine(Repository.Root, "tests", "ServerlessSdk.Tooling.Tests", "IaC", "Golden", name),
            EmitHelper.Files(folder.Path),
            $"FullyQualifiedName~{nameof(GoldenFileTests)}");
    }
}
