using System.Collections.Generic;

namespace ServerlessSdk.Functions.Generator.Model;

/// <summary>A function to generate: one or more handler methods (HTTP routes) or one event handler.</summary>
internal sealed class FunctionPlan(string name, string handler, string kind)
{
    public string Name { get; } = name;

    public string Handler { get; } = handler;

    /// <summary>"http" or the event trigger kind of the first trigger.</summary>
    public string Kind { get; } = kind;

    public FunctionSettings? Settings { get; set; }

    public List<(MethodModel Method, TriggerModel Route)> Routes { get; } = [];

    public MethodModel? EventMethod { get; set; }

    public string? EventJsonContext { get; set; }

    public List<TriggerModel> Triggers { get; } = [];

    public SortedDictionary<string, string> Environment { get; } = new(System.StringComparer.Ordinal);

    public List<Policy> Policies { get; } = [];

    /// <summary>What it does with each declared resource it names in [Uses]: read, write or readwrite.</summary>
    public SortedDictionary<string, string> Uses { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Records a [Uses]; a resource used for reading and for writing is used for both.</summary>
    public void Use(UseModel use) =>
        Uses[use.Resource] = Uses.TryGetValue(use.Resource, out var existing) && existing != use.Access ? "readwrite" : use.Access;

    public IEnumerable<MethodModel> Methods
    {
        get
        {
            if (EventMethod is not null)
            {
                yield return EventMethod;
            }

            foreach (var (method, _) in Routes)
            {
                yield return method;
            }
        }
    }
}
