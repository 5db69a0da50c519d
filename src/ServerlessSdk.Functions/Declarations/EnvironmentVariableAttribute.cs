namespace ServerlessSdk.Functions;

/// <summary>An environment variable set on the function (or on every function of a class).</summary>
/// <param name="name">Letters, digits and underscores, starting with a letter.</param>
/// <param name="value">The value.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class EnvironmentVariableAttribute(string name, string value) : Attribute
{
    /// <summary>The variable's name.</summary>
    public string Name { get; } = name;

    /// <summary>The variable's value.</summary>
    public string Value { get; } = value;
}
