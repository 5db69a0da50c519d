using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>One function of a project: from its manifest, or the project itself when it declares none.</summary>
/// <param name="Name">The function's logical name, passed to the bootstrap as <c>SERVERLESS_FUNCTION</c>.</param>
/// <param name="Declaration">The manifest entry; null for a project without a manifest.</param>
internal sealed record LocalFunction(string Name, FunctionDeclaration? Declaration)
{
    /// <summary>The variable one bootstrap hosting several functions reads to pick the function to run.</summary>
    public const string SelectorVariable = "SERVERLESS_FUNCTION";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public IEnumerable<HttpRouteTrigger> Routes => Declaration?.Triggers.OfType<HttpRouteTrigger>() ?? [];

    /// <summary>The sample event (<c>dotnet serverless events</c> type) matching the function's first trigger.</summary>
    public string SampleEventType => Declaration?.Triggers.FirstOrDefault() is { } trigger ? DefaultEvent.TriggerTypeOf(trigger) : SampleEvents.DefaultTriggerType;

    /// <summary>Locally a function gets 30 s unless it declares a timeout: a debugger or a cold JIT needs room.</summary>
    public TimeSpan Timeout => Declaration?.Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout;

    public int MemoryMb => Declaration?.MemorySize ?? 128;

    /// <summary>What the local loop adds: the local DynamoDB's endpoint, dummy credentials and table names.</summary>
    public IReadOnlyDictionary<string, string> LocalResources { get; init; } = new Dictionary<string, string>();

    /// <summary>The manifest's variables, the local resources' and the function selector.</summary>
    public IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var variables = new Dictionary<string, string>(Declaration?.Environment ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            foreach (var (name, value) in LocalResources)
            {
                variables[name] = value;
            }

            variables[SelectorVariable] = Name;
            return variables;
        }
    }
}
