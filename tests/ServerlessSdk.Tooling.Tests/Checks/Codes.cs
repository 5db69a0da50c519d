using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Tests.Checks;

internal static class Codes
{
    public static string[] Of(IEnumerable<ServerlessDiagnostic> diagnostics) => [.. diagnostics.Select(d => d.Code)];
}
