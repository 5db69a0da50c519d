namespace ServerlessSdk.Functions;

/// <summary>
/// Declares a Lambda function and its settings. On a method: that handler is one function. On a class: every
/// <see cref="HttpApiAttribute"/> route in it is served by one function (one cold start for the whole API).
/// Unset values take the project's defaults (<c>ServerlessMemorySize</c>, <c>ServerlessTimeout</c>, …).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class LambdaFunctionAttribute : Attribute
{
    /// <summary>Logical name (PascalCase); defaults to the method or class name.</summary>
    public string? Name { get; set; }

    /// <summary>Memory in MB, 128–10240; 0 takes the project default.</summary>
    public int MemorySize { get; set; }

    /// <summary>Timeout in seconds, 1–900; 0 takes the project default.</summary>
    public int Timeout { get; set; }

    /// <summary>Instruction set; <see cref="LambdaArchitecture.Default"/> takes the project's.</summary>
    public LambdaArchitecture Architecture { get; set; }

    /// <summary>Reserved concurrent executions; -1 (default) reserves none, 0 throttles the function.</summary>
    public int ReservedConcurrency { get; set; } = -1;

    /// <summary>Provisioned concurrent executions (on an alias <c>live</c>); 0 provisions none.</summary>
    public int ProvisionedConcurrency { get; set; }

    /// <summary>Log retention in days (a CloudWatch value such as 7, 14, 30); 0 takes the project default.</summary>
    public int LogRetentionDays { get; set; }

    /// <summary>X-Ray active tracing.</summary>
    public bool Tracing { get; set; } = true;
}

/// <summary>A Lambda instruction set.</summary>
public enum LambdaArchitecture
{
    /// <summary>The project's architecture (its runtime identifier or <c>ServerlessArchitecture</c>).</summary>
    Default,

    /// <summary>x86_64.</summary>
    X86_64,

    /// <summary>arm64 (Graviton).</summary>
    Arm64,
}
