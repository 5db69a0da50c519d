using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Tests.Diagnostics;

public sealed class ServerlessDiagnosticTests
{
    [Fact]
    public void A_diagnostic_renders_as_a_compiler_style_line()
    {
        var diagnostic = ServerlessDiagnostic.Error("SLS5001", "it broke", "publish/bootstrap");

        Assert.Equal("publish/bootstrap: error SLS5001: it broke", diagnostic.ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_file_has_no_file_prefix()
    {
        var diagnostic = ServerlessDiagnostic.Warning("SLS5001", "look");

        Assert.Equal("warning SLS5001: look", diagnostic.ToString());
    }

    [Fact]
    public void Codes_are_unique_and_in_the_tooling_ranges()
    {
        var codes = DefinedCodes.All();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        // SLS2xxx-SLS5xxx build tooling and IaC; SLS60xx the template pack; SLS61xx the dotnet serverless tool; SLS6200-6229 the local Azure host.
        Assert.All(codes, code => Assert.Matches("^SLS([2-5][0-9]{3}|6[01][0-9]{2}|62[0-2][0-9])$", code));
    }
}
