namespace ServerlessSdk.Tooling.Tests.IaC.Validators;

/// <summary>
/// Tests that run the node validators, run alone after the parallel ones: each validator saturates a core for
/// seconds, which would starve the timing-sensitive tests (startup probes, timeouts) running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ValidatorCollection
{
    public const string Name = "IaC validators";
}
