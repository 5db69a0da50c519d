using System.Text.Json;
using ServerlessSdk.Runtime.Logging;

namespace ServerlessSdk.Runtime.Metrics;

/// <summary>
/// Collects metrics and writes them as one CloudWatch Embedded Metric Format (EMF) document per
/// <see cref="Flush"/>: a JSON line on stdout that CloudWatch turns into metrics, with no API calls
/// and no agent.
/// </summary>
/// <remarks>
/// EMF's rules are enforced when a metric or dimension is added, so a mistake surfaces as an
/// exception in the code that made it rather than as metrics silently dropped by CloudWatch.
/// </remarks>
public sealed class MetricsLogger
{
    /// <summary>EMF's limit of metrics in one document.</summary>
    public const int MaxMetrics = 100;

    /// <summary>EMF's limit of dimensions in one dimension set.</summary>
    public const int MaxDimensions = 30;

    /// <summary>EMF's limit of values for one metric in one document.</summary>
    public const int MaxValuesPerMetric = 100;

    private const int MaxNameLength = 255;
    private readonly JsonLineWriter _output;
    private readonly List<KeyValuePair<string, string>> _dimensions = [];
    private readonly List<Metric> _metrics = [];
    private readonly List<KeyValuePair<string, string>> _metadata = [];

    /// <summary>Creates a logger that writes to the function's standard output.</summary>
    /// <param name="namespace">The CloudWatch namespace every metric goes into; required by EMF.</param>
    public MetricsLogger(string @namespace)
        : this(@namespace, JsonLineWriter.Stdout)
    {
    }

    internal MetricsLogger(string @namespace, JsonLineWriter output)
    {
        if (string.IsNullOrWhiteSpace(@namespace))
        {
            throw new ArgumentException("EMF requires a metrics namespace: set POWERTOOLS_METRICS_NAMESPACE or LambdaRuntimeOptions.MetricsNamespace.", nameof(@namespace));
        }

        CheckName(@namespace, "Namespace", nameof(@namespace));
        Namespace = @namespace;
        _output = output;
    }

    /// <summary>The CloudWatch namespace.</summary>
    public string Namespace { get; }

    /// <summary>Whether any metric waits to be flushed.</summary>
    public bool HasMetrics => _metrics.Count > 0;

    /// <summary>Adds a dimension to every metric this logger writes. At most <see cref="MaxDimensions"/>.</summary>
    public MetricsLogger AddDimension(string name, string value)
    {
        CheckName(name, "Dimension name", nameof(name));
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Dimension '{name}' needs a non-empty value.", nameof(value));
        }

        var index = _dimensions.FindIndex(d => d.Key == name);
        if (index >= 0)
        {
            _dimensions[index] = new(name, value);
            return this;
        }

        if (_dimensions.Count == MaxDimensions)
        {
            throw new InvalidOperationException($"EMF allows at most {MaxDimensions} dimensions per metric; '{name}' would be the {MaxDimensions + 1}st.");
        }

        _dimensions.Add(new(name, value));
        return this;
    }

    /// <summary>
    /// Adds a value to a metric. Adding the same name again records another value (at most
    /// <see cref="MaxValuesPerMetric"/>); at most <see cref="MaxMetrics"/> distinct metrics per document.
    /// </summary>
    public MetricsLogger AddMetric(string name, double value, MetricUnit unit = MetricUnit.None)
    {
        CheckName(name, "Metric name", nameof(name));
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Metric '{name}' must be a finite number.");
        }

        var metric = _metrics.Find(m => m.Name == name);
        if (metric is null)
        {
            if (_metrics.Count == MaxMetrics)
            {
                throw new InvalidOperationException($"EMF allows at most {MaxMetrics} metrics per document; flush before adding '{name}'.");
            }

            _metrics.Add(metric = new Metric(name, unit));
        }
        else if (metric.Unit != unit)
        {
            throw new InvalidOperationException($"Metric '{name}' was added as {metric.Unit} and cannot also be {unit}.");
        }
        else if (metric.Values.Count == MaxValuesPerMetric)
        {
            throw new InvalidOperationException($"EMF allows at most {MaxValuesPerMetric} values for metric '{name}' per document; flush first.");
        }

        metric.Values.Add(value);
        return this;
    }

    /// <summary>Adds a searchable field to the document that is not a metric (for example an order id).</summary>
    public MetricsLogger AddMetadata(string key, string value)
    {
        CheckName(key, "Metadata key", nameof(key));
        _metadata.Add(new(key, value));
        return this;
    }

    /// <summary>Writes the collected metrics as one EMF document and clears them; dimensions are kept.</summary>
    public void Flush()
    {
        if (_metrics.Count == 0)
        {
            return;
        }

        CheckNoCollisions();
        _output.WriteLine(this, static (json, self) => self.WriteDocument(json, DateTimeOffset.UtcNow));
        _metrics.Clear();
        _metadata.Clear();
    }

    internal void WriteDocument(Utf8JsonWriter json, DateTimeOffset timestamp)
    {
        json.WriteStartObject();
        json.WriteStartObject("_aws"u8);
        json.WriteNumber("Timestamp"u8, timestamp.ToUnixTimeMilliseconds());
        json.WriteStartArray("CloudWatchMetrics"u8);
        json.WriteStartObject();
        json.WriteString("Namespace"u8, Namespace);
        json.WriteStartArray("Dimensions"u8);
        json.WriteStartArray();
        foreach (var (name, _) in _dimensions)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteStartArray("Metrics"u8);
        foreach (var metric in _metrics)
        {
            json.WriteStartObject();
            json.WriteString("Name"u8, metric.Name);
            json.WriteString("Unit"u8, metric.Unit.ToCloudWatch());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        foreach (var (name, value) in _dimensions)
        {
            json.WriteString(name, value);
        }

        foreach (var (key, value) in _metadata)
        {
            json.WriteString(key, value);
        }

        foreach (var metric in _metrics)
        {
            if (metric.Values.Count == 1)
            {
                json.WriteNumber(metric.Name, metric.Values[0]);
                continue;
            }

            json.WriteStartArray(metric.Name);
            foreach (var value in metric.Values)
            {
                json.WriteNumberValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    // Dimensions, metadata and metric values share the document's top level; a clash would make CloudWatch read the wrong value.
    private void CheckNoCollisions()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "_aws" };
        foreach (var name in _dimensions.Select(d => d.Key).Concat(_metadata.Select(m => m.Key)).Concat(_metrics.Select(m => m.Name)))
        {
            if (!names.Add(name))
            {
                throw new InvalidOperationException($"'{name}' is used twice among this document's dimensions, metadata and metrics.");
            }
        }
    }

    private static void CheckName(string name, string what, string parameter)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"{what} must not be empty.", parameter);
        }

        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"{what} '{name[..20]}…' is longer than EMF's {MaxNameLength} characters.", parameter);
        }
    }

    private sealed class Metric(string name, MetricUnit unit)
    {
        public string Name { get; } = name;
        public MetricUnit Unit { get; } = unit;
        public List<double> Values { get; } = [];
    }
}
