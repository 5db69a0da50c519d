namespace SampleFunction;

/// <summary>What the Items function reports as its version; the rebuild test changes it and rebuilds.</summary>
internal static class Release
{
    public const string Version = "v1";
}
