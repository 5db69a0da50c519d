using System.Globalization;
using System.Text.Json;
using ServerlessSdk.Emulator;

// usage: Demo <bootstrap> <event.json> [cold starts] [function name]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Demo <bootstrap> <event.json> [cold starts] [function name]");
    return 2;
}

var bootstrap = Path.GetFullPath(args[0]);
var payload = File.ReadAllBytes(args[1]);
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
var functionName = args.Length > 3 ? args[3] : "hello-api";
var options = new ProbeOptions { WarmInvocations = 100, LogTailLines = 10_000, Function = new EmulatorOptions { FunctionName = functionName } };

// One throw-away run warms this process (JIT of the emulator) so it does not bias the first sample.
await FunctionRunner.MeasureColdStartAsync(FunctionCommand.Executable(bootstrap), payload, options);
var report = await FunctionRunner.MeasureColdStartsAsync(FunctionCommand.Executable(bootstrap), payload, runs, options);

if (!report.AllSucceeded)
{
    foreach (var sample in report.Failures)
    {
        Console.Error.WriteLine($"failed: {sample.Failure}");
        foreach (var line in sample.Logs)
        {
            Console.Error.WriteLine("  " + line.Text);
        }
    }

    return 1;
}

var first = report.Samples[0];
Console.WriteLine("Response:");
Console.WriteLine(Pretty(first.FirstInvocation!.BodyText));
Console.WriteLine();
Console.WriteLine("Function output of the cold invocation:");
foreach (var line in first.Logs.Take(ColdInvocationLines(first)))
{
    Console.WriteLine("  " + line.Text);
}

Console.WriteLine();
Console.WriteLine($"{runs} cold starts of {bootstrap} ({new FileInfo(bootstrap).Length / 1e6:0.00} MB), {options.WarmInvocations} warm invocations each:");
Print("cold start (exec → response)", report.ColdStartMs, "ms");
Print("init (exec → first /next)", report.InitMs, "ms");
Print("warm latency", report.WarmLatencyMs, "ms");
Print("warm throughput", report.WarmThroughput, "req/s");
Print("peak RSS", report.PeakRssMb, "MB");
return 0;

static void Print(string label, Summary? summary, string unit)
{
    if (summary is { } s)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-30} median {s.Median,8:0.00} {unit,-5}  p90 {s.P90,8:0.00}  min {s.Min,8:0.00}  max {s.Max,8:0.00}"));
    }
}

// The lines written before the first warm invocation's: those carrying "cold_start":true, plus the EMF
// documents that follow them.
static int ColdInvocationLines(ColdStartSample sample)
{
    var index = sample.Logs.ToList().FindIndex(l => l.Text.Contains("\"cold_start\":false", StringComparison.Ordinal));
    return index < 0 ? sample.Logs.Count : index;
}

static string Pretty(string json)
{
    try
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
    catch (JsonException)
    {
        return json;
    }
}
