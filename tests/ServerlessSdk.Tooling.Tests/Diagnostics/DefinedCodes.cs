using System.Reflection;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Tests.Diagnostics;

internal static class DefinedCodes
{
    /// <summary>Every constant of <see cref="DiagnosticCodes"/>, found by reflection so a new code cannot be forgotten.</summary>
    public static string[] All() =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)];
}
