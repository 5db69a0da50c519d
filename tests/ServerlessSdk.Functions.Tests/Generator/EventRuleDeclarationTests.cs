using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>[assembly: EventRule]: a rule on a declared bus sending to a declared queue, recorded in the manifest, or coded errors.</summary>
public sealed class EventRuleDeclarationTests
{
    private const string BusAndQueues = """
        [assembly: EventBus("Shop")]
        [assembly: SqsQueue("Payments")]
        [assembly: SqsQueue("Ordered", Fifo = true)]
        """;

    private const string Consumer = """
        public static class Worker { [SqsTrigger("Payments")] public static void Work(SqsEvent e) { } }
        """;

    [Fact]
    public void Declared_rules_are_in_the_manifest_sorted_by_name()
    {
        var run = GeneratorHarness.Run(Sources.With(BusAndQueues + """

            [assembly: EventRule("PaymentRequested", Bus = "Shop", Source = "shop.orders", DetailType = "OrderPlaced", Target = "Payments")]
            [assembly: EventRule("Anything", Bus = "Shop", Source = "shop.orders", Target = "Payments")]
            """ + Consumer));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileErrors);
        var manifest = run.Manifest()!;
        Assert.Equal(
            [
                new DeclaredEventRule("Anything", "Shop", ["shop.orders"], [], "Payments"),
                new DeclaredEventRule("PaymentRequested", "Shop", ["shop.orders"], ["OrderPlaced"], "Payments"),
            ],
            manifest.EventRules);
        Assert.Equal("""{"source":["shop.orders"],"detail-type":["OrderPlaced"]}""", manifest.EventRules[1].EventPattern);
    }

    [Fact]
    public void A_project_without_rules_writes_no_eventRules_entry()
    {
        var run = GeneratorHarness.Run(Sources.With(BusAndQueues + Consumer));

        Assert.False(run.RawManifest()!.Value.TryGetProperty("eventRules", out _));
    }

    [Theory]
    [InlineData("""Bus = "Orders", Source = "s", Target = "Payments" """)]
    [InlineData("""Bus = "Payments", Source = "s", Target = "Payments" """)]
    [InlineData("""Source = "s", Target = "Payments" """)]
    public void A_rule_on_an_undeclared_bus_is_SLS4039(string settings) => AssertCodes("SLS4039", settings);

    [Theory]
    [InlineData("""Bus = "Shop", Source = "s", Target = "Refunds" """)]
    [InlineData("""Bus = "Shop", Source = "s", Target = "Shop" """)]
    [InlineData("""Bus = "Shop", Source = "s", Target = "Work" """)]
    public void A_rule_targeting_no_declared_queue_is_SLS4040(string settings) => AssertCodes("SLS4040", settings);

    [Theory]
    [InlineData("""Bus = "Shop", Target = "Payments" """)]
    [InlineData("""Bus = "Shop", Source = "", Target = "Payments" """)]
    [InlineData("""Bus = "Shop", Source = "s", DetailType = " ", Target = "Payments" """)]
    public void A_rule_matching_every_event_is_SLS4041(string settings) => AssertCodes("SLS4041", settings);

    [Fact]
    public void A_rule_targeting_a_FIFO_queue_is_SLS4042() => AssertCodes("SLS4042", """Bus = "Shop", Source = "s", Target = "Ordered" """);

    [Theory]
    [InlineData("bad name")]
    [InlineData("1rule")]
    [InlineData("")]
    public void An_invalid_rule_name_is_SLS4032(string name) =>
        AssertCodes("SLS4032", """Bus = "Shop", Source = "s", Target = "Payments" """, name);

    [Fact]
    public void Two_rules_with_one_name_are_SLS4031()
    {
        var run = GeneratorHarness.Run(Sources.With(BusAndQueues + """

            [assembly: EventRule("order-placed", Bus = "Shop", Source = "a", Target = "Payments")]
            [assembly: EventRule("OrderPlaced", Bus = "Shop", Source = "b", Target = "Payments")]
            """ + Consumer));

        Assert.Equal(["SLS4031"], run.Codes);
        Assert.Null(run.Manifest());
    }

    [Fact]
    public void An_unbound_rule_writes_no_manifest_and_adds_no_code()
    {
        var run = GeneratorHarness.Run(Sources.With(BusAndQueues + """

            [assembly: EventRule("R", Bus = 42, Source = "s", Target = "Payments")]
            """ + Consumer));

        Assert.NotEmpty(run.CompileErrors);
        Assert.Empty(run.Codes);
        Assert.DoesNotContain("FunctionManifest", run.GeneratedCode, StringComparison.Ordinal);
    }

    private static void AssertCodes(string code, string settings, string name = "Rule")
    {
        var run = GeneratorHarness.Run(Sources.With(BusAndQueues + $$"""

            [assembly: EventRule("{{name}}", {{settings}})]
            """ + Consumer));

        Assert.Equal([code], run.Codes);
        Assert.Null(run.Manifest());
    }
}
