using System.Text;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.Measurement;

/// <summary>The one rule for the event a function is first tried with: startup event, events/&lt;type&gt;.json, embedded sample.</summary>
public sealed class DefaultEventTests : IDisposable
{
    private readonly TempFolder _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void The_startup_event_wins_over_the_events_folder_and_the_sample()
    {
        _project.Write("events/create-item.json", """{"startup":true}""");
        _project.Write("events/api.json", """{"own":true}""");

        var result = DefaultEvent.For(_project.Path, "events/create-item.json", "api");

        Assert.True(result.Succeeded);
        Assert.Equal("""{"startup":true}""", Encoding.UTF8.GetString(result.Payload.Span));
    }

    [Fact]
    public void Without_a_startup_event_the_projects_events_file_for_the_trigger_is_used()
    {
        _project.Write("events/sqs.json", """{"own":true}""");

        var result = DefaultEvent.For(_project.Path, startupEventFile: null, "sqs");

        Assert.Equal("""{"own":true}""", Encoding.UTF8.GetString(result.Payload.Span));
    }

    [Fact]
    public void Without_either_the_embedded_sample_for_the_trigger_is_used()
    {
        var result = DefaultEvent.For(_project.Path, startupEventFile: "", "sqs");

        Assert.Equal(SampleEvents.For("sqs").Payload.ToArray(), result.Payload.ToArray());
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_from_event_files()
    {
        File.WriteAllBytes(Path.Combine(_project.Path, "bom.json"), [0xEF, 0xBB, 0xBF, .. "{}"u8]);

        var result = DefaultEvent.For(_project.Path, "bom.json", "api");

        Assert.Equal("{}"u8.ToArray(), result.Payload.ToArray());
    }

    [Fact]
    public void A_missing_startup_event_is_SLS2011()
    {
        var result = DefaultEvent.For(_project.Path, "events/missing.json", "api");

        Assert.Equal([DiagnosticCodes.StartupEventNotFound], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void The_trigger_type_of_a_single_function_manifest_is_its_first_trigger_with_http_as_api()
    {
        Assert.Equal("sqs", DefaultEvent.TriggerTypeOf(ServiceManifestReader.FromJson(QueueManifest.Json)));
        Assert.Equal("api", DefaultEvent.TriggerTypeOf(new HttpRouteTrigger("GET", "/", HttpAuth.None, [])));
        Assert.Null(DefaultEvent.TriggerTypeOf(manifest: null));
    }
}
