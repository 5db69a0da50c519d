using System.Text.Json;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Metrics;

namespace ServerlessSdk.Runtime.Tests.Metrics;

public sealed class MetricsLoggerTests
{
    private readonly MemoryStream _output = new();

    private MetricsLogger Create(string @namespace = "Orders") => new(@namespace, new JsonLineWriter(_output));

    private JsonElement SingleDocument()
    {
        var lines = TestOutput.Lines(_output);
        Assert.Single(lines);
        return JsonDocument.Parse(lines[0]).RootElement;
    }

    [Fact]
    public void Flush_writes_one_emf_document_with_namespace_dimensions_and_values()
    {
        Create().AddDimension("service", "orders").AddMetric("OrdersPlaced", 3, MetricUnit.Count).Flush();

        var document = SingleDocument();
        var directive = document.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        Assert.Equal("Orders", directive.GetProperty("Namespace").GetString());
        Assert.Equal("service", directive.GetProperty("Dimensions")[0][0].GetString());
        Assert.Equal("OrdersPlaced", directive.GetProperty("Metrics")[0].GetProperty("Name").GetString());
        Assert.Equal("Count", directive.GetProperty("Metrics")[0].GetProperty("Unit").GetString());
        Assert.Equal("orders", document.GetProperty("service").GetString());
        Assert.Equal(3, document.GetProperty("OrdersPlaced").GetDouble());
        Assert.True(document.GetProperty("_aws").GetProperty("Timestamp").GetInt64() > 1_600_000_000_000);
    }

    [Fact]
    public void A_metric_added_twice_is_written_as_an_array_of_values()
    {
        Create().AddMetric("Latency", 1.5, MetricUnit.Milliseconds).AddMetric("Latency", 2.5, MetricUnit.Milliseconds).Flush();

        var values = SingleDocument().GetProperty("Latency");
        Assert.Equal(JsonValueKind.Array, values.ValueKind);
        Assert.Equal([1.5, 2.5], values.EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void Rate_units_use_cloudwatch_spelling()
    {
        Create().AddMetric("Throughput", 10, MetricUnit.BytesPerSecond).Flush();

        var unit = SingleDocument().GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics")[0].GetProperty("Unit");
        Assert.Equal("Bytes/Second", unit.GetString());
    }

    [Fact]
    public void Metadata_is_a_top_level_field_but_not_a_metric()
    {
        Create().AddMetric("OrdersPlaced", 1).AddMetadata("order_id", "o-1").Flush();

        var document = SingleDocument();
        Assert.Equal("o-1", document.GetProperty("order_id").GetString());
        Assert.Single(document.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").EnumerateArray());
    }

    [Fact]
    public void Flush_without_metrics_writes_nothing()
    {
        Create().AddDimension("service", "orders").Flush();

        Assert.Empty(TestOutput.Lines(_output));
    }

    [Fact]
    public void Flush_clears_metrics_but_keeps_dimensions()
    {
        var metrics = Create().AddDimension("service", "orders").AddMetric("A", 1);
        metrics.Flush();
        metrics.AddMetric("B", 2).Flush();

        var second = JsonDocument.Parse(TestOutput.Lines(_output)[1]).RootElement;
        Assert.False(second.TryGetProperty("A", out _));
        Assert.Equal("orders", second.GetProperty("service").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_namespace_is_required(string @namespace)
    {
        Assert.Throws<ArgumentException>(() => Create(@namespace));
    }

    [Fact]
    public void More_than_100_metrics_in_one_document_is_refused()
    {
        var metrics = Create();
        for (var i = 0; i < MetricsLogger.MaxMetrics; i++)
        {
            metrics.AddMetric($"M{i}", i);
        }

        var error = Assert.Throws<InvalidOperationException>(() => metrics.AddMetric("OneTooMany", 1));
        Assert.Contains("100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_30_dimensions_is_refused()
    {
        var metrics = Create();
        for (var i = 0; i < MetricsLogger.MaxDimensions; i++)
        {
            metrics.AddDimension($"D{i}", "v");
        }

        Assert.Throws<InvalidOperationException>(() => metrics.AddDimension("OneTooMany", "v"));
    }

    [Fact]
    public void More_than_100_values_for_one_metric_is_refused()
    {
        var metrics = Create();
        for (var i = 0; i < MetricsLogger.MaxValuesPerMetric; i++)
        {
            metrics.AddMetric("Latency", i);
        }

        Assert.Throws<InvalidOperationException>(() => metrics.AddMetric("Latency", 1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_values_are_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Create().AddMetric("Bad", value));
    }

    [Fact]
    public void One_metric_cannot_change_its_unit()
    {
        var metrics = Create().AddMetric("Size", 1, MetricUnit.Bytes);

        Assert.Throws<InvalidOperationException>(() => metrics.AddMetric("Size", 1, MetricUnit.Kilobytes));
    }

    [Fact]
    public void A_dimension_and_a_metric_with_the_same_name_are_refused_at_flush()
    {
        var metrics = Create().AddDimension("Orders", "x").AddMetric("Orders", 1);

        Assert.Throws<InvalidOperationException>(metrics.Flush);
    }

    [Fact]
    public void Empty_dimension_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Create().AddDimension("service", ""));
    }
}
