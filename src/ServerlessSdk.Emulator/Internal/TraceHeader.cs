using System.Security.Cryptography;

namespace ServerlessSdk.Emulator.Internal;

/// <summary>Builds X-Ray trace headers in the format Lambda sends in <c>Lambda-Runtime-Trace-Id</c>.</summary>
internal static class TraceHeader
{
    /// <summary><c>Root=1-{epoch seconds, 8 hex}-{24 hex};Parent={16 hex};Sampled=0</c>.</summary>
    public static string NewUnsampled()
    {
        var epochSeconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return $"Root=1-{epochSeconds:x8}-{RandomHex(12)};Parent={RandomHex(8)};Sampled=0";
    }

    private static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
