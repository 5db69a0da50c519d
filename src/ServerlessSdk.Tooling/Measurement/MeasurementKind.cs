namespace ServerlessSdk.Tooling.Measurement;

/// <summary>Which output is measured; it picks the default budgets and probe settings.</summary>
public enum MeasurementKind
{
    /// <summary><c>dotnet build</c>: the framework-dependent output, probed as <c>dotnet Function.dll</c> (JIT).</summary>
    Build,

    /// <summary><c>dotnet publish</c>: the Native AOT <c>bootstrap</c> that Lambda runs.</summary>
    Publish,
}
