using System.Text.Json;
using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Elf;

namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// The sample cross-published for Lambda arm64 on an x64 machine (<c>dotnet publish -r linux-arm64</c>, no Docker),
/// run under qemu user-mode emulation through the emulator. Needs build/install-arm64-prerequisites.sh.
/// </summary>
[Collection(PublishedFunctionsCollection.Name)]
public sealed class HelloApiArm64Tests(PublishedFunctions functions)
{
    private static readonly string Events = Path.Combine(Repository.Root, "samples/HelloApi/events");

    [Fact]
    public void Cross_publishing_gives_an_aarch64_executable_that_provided_al2023_can_load()
    {
        var bootstrap = functions.HelloApiArm64.Require().Bootstrap;

        var read = ElfFile.ReadFile(bootstrap);

        Assert.True(read.Succeeded, $"{bootstrap}: {read.Error?.Message}");
        Assert.Equal(ElfMachine.Arm64, read.File.Machine);
        // Architecture and glibc: linked against Debian 12's cross glibc (2.36), it must still need no more than 2.34.
        Assert.Empty(ArtifactChecks.CheckExecutable(read, new ArtifactTarget("provided.al2023", "arm64", InvariantGlobalization: true), bootstrap));
    }

    [Fact]
    public async Task The_arm64_bootstrap_answers_a_greeting_under_emulation()
    {
        await using var function = RunningFunction.Start(Arm64.Command(functions.HelloApiArm64.Require().Bootstrap));

        var response = await function.InvokeJsonAsync(File.ReadAllText(Path.Combine(Events, "get-hello.json")));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        var body = JsonDocument.Parse(response.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("Hello, world!", body.GetProperty("message").GetString());
    }

    [Fact]
    public void Cross_publishing_reports_no_trim_or_aot_warnings()
    {
        Assert.DoesNotMatch(@"warning IL\d{4}", functions.HelloApiArm64.Require().PublishLog);
    }
}
