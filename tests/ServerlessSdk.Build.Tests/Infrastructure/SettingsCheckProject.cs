namespace ServerlessSdk.Build.Tests.Infrastructure;

/// <summary>
/// One project for the cases of a test class that each stop at the settings check, before anything is compiled:
/// they share its restore (seconds of NuGet for every fresh project) and leave nothing else in it. A class fixture,
/// so it goes with its class; the collection runs one test at a time.
/// </summary>
public sealed class SettingsCheckProject : IDisposable
{
    private FunctionProject? _project;

    /// <summary>The class's project, made by <paramref name="create"/> on first use.</summary>
    internal FunctionProject Of(Func<FunctionProject> create) => _project ??= create();

    public void Dispose() => _project?.Dispose();
}
