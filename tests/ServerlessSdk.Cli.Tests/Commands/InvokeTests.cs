using System.Text;
using System.Text.Json;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

[Collection(BuiltSampleCollection.Name)]
public sealed class InvokeTests(BuiltSample sample)
{
    private string Folder => sample.Copy.ProjectDirectory;

    [Fact]
    public void Invoke_builds_when_needed_and_prints_the_response_and_timings()
    {
        var result = Tool.Run(Folder, "invoke", "--function", "Items").ShouldExitWith(0);

        using var response = JsonDocument.Parse(result.Output);
        Assert.Equal(200, response.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains("Items: response in", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_with_json_reports_status_response_timings_and_logs()
    {
        var eventFile = Path.Combine(Folder, "work.json");
        File.WriteAllText(eventFile, SqsMessages.Event("m1", "work"));

        var result = Tool.Run(Folder, "invoke", "-f", "worker", "--event", eventFile, "--no-build", "--json").ShouldExitWith(0);

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal("Worker", root.GetProperty("function").GetString());
        Assert.Equal("response", root.GetProperty("status").GetString());
        Assert.Equal(0, root.GetProperty("response").GetProperty("batchItemFailures").GetArrayLength());
        Assert.True(root.GetProperty("coldStart").GetBoolean());
        Assert.True(root.GetProperty("timings").GetProperty("durationMs").GetDouble() > 0);
        Assert.Contains(root.GetProperty("logs").EnumerateArray(), line => line.GetString()!.Contains("m1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_that_throws_exits_non_zero_with_its_error()
    {
        var result = Tool.RunWithInput(Folder, SqsMessages.Event("m2", "please fail"), "invoke", "-f", "Worker", "--event", "-", "--no-build", "--json")
            .ShouldExitWith(1);

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("error", document.RootElement.GetProperty("status").GetString());
        Assert.Equal("System.InvalidOperationException", document.RootElement.GetProperty("errorType").GetString());
    }

    [Fact]
    public void A_failing_function_in_text_mode_reports_SLS6120()
    {
        var result = Tool.RunWithInput(Folder, SqsMessages.Event("m3", "fail"), "invoke", "-f", "Worker", "-e", "-", "--no-build").ShouldExitWith(1);

        Assert.Contains("SLS6120", result.Codes);
    }

    [Fact]
    public void Several_functions_and_no_choice_is_SLS6108()
    {
        Assert.Contains("SLS6108", Tool.Run(Folder, "invoke", "--no-build").ShouldExitWith(2).Codes);
    }

    [Fact]
    public void An_unknown_function_is_SLS6107()
    {
        Assert.Contains("SLS6107", Tool.Run(Folder, "invoke", "-f", "Nope", "--no-build").ShouldExitWith(2).Codes);
    }

    [Fact]
    public void A_missing_or_invalid_event_is_SLS6109()
    {
        Assert.Contains("SLS6109", Tool.Run(Folder, "invoke", "-f", "Items", "-e", "missing.json", "--no-build").ShouldExitWith(2).Codes);
        Assert.Contains("SLS6109", Tool.RunWithInput(Folder, "not json", "invoke", "-f", "Items", "-e", "-", "--no-build").ShouldExitWith(2).Codes);
    }

    [Fact]
    public void A_folder_without_a_project_is_SLS6101()
    {
        var empty = Directory.CreateTempSubdirectory("serverlesssdk-empty-").FullName;
        try
        {
            Assert.Contains("SLS6101", Tool.Run(empty, "invoke").ShouldExitWith(2).Codes);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void An_event_file_with_a_byte_order_mark_is_accepted()
    {
        var eventFile = Path.Combine(Folder, "bom.json");
        File.WriteAllText(eventFile, SqsMessages.Event("m4", "work"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Tool.Run(Folder, "invoke", "-f", "Worker", "-e", eventFile, "--no-build").ShouldExitWith(0);
    }

    [Fact]
    public void Without_an_event_the_projects_events_file_for_the_functions_trigger_is_sent()
    {
        // The built-in SQS sample succeeds; this file's message asks the Worker to fail, so the exit code tells which was sent.
        var events = Directory.CreateDirectory(Path.Combine(Folder, "events")).FullName;
        File.WriteAllText(Path.Combine(events, "sqs.json"), SqsMessages.Event("m5", "please fail"));
        try
        {
            Tool.Run(Folder, "invoke", "-f", "Worker", "--no-build").ShouldExitWith(1);
            File.Delete(Path.Combine(events, "sqs.json"));
            Tool.Run(Folder, "invoke", "-f", "Worker", "--no-build").ShouldExitWith(0);
        }
        finally
        {
            Directory.Delete(events, recursive: true);
        }
    }

    [Fact]
    public void A_command_line_mistake_exits_2()
    {
        Tool.Run(Folder, "invoke", "--no-such-option").ShouldExitWith(2);
    }
}
