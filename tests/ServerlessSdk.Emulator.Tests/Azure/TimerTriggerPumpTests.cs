using System.Text.Json.Nodes;
using ServerlessSdk.Emulator.Azure;

namespace ServerlessSdk.Emulator.Tests.Azure;

/// <summary>
/// The local host fires timers on their NCRONTAB schedule, and not a function disabled by the documented app setting
/// <c>AzureWebJobs.&lt;FUNCTION_NAME&gt;.Disabled</c> (learn.microsoft.com, "How to disable functions in Azure
/// Functions"), which still runs when invoked directly, as with the master key.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class TimerTriggerPumpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sls-azure-timer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_disabled_timer_is_not_fired_while_an_enabled_one_is_and_it_still_runs_when_invoked()
    {
        var app = AzureTestApps.Write(_folder, proxy: false, ["serve"], ("Cleanup", Timer("* * * * * *")), ("Reports", Timer("* * * * * *")));
        var settings = new Dictionary<string, string> { [DisabledFunctions.SettingName("Reports")] = "true" };
        await using var host = await LocalAzureHost.StartAsync(app, settings);
        // Before the pump: cancelling it may abort an invocation in flight, which the one-threaded fake handler feels.
        var direct = await host.InvokeAsync("Reports", LocalAzureHost.TimerData(DateTimeOffset.UtcNow));
        var fired = new List<string>();
        var twice = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var pump = TimerTriggerPump.RunAsync(host, settings, (function, _, result, error) =>
        {
            Assert.Null(error);
            lock (fired)
            {
                fired.Add(function.Name);
                if (fired.Count >= 2)
                {
                    twice.TrySetResult();
                }
            }
        }, cancellationToken: stop.Token);
        await twice.Task.WaitAsync(stop.Token);
        await stop.CancelAsync();
        await pump;

        Assert.All(fired, name => Assert.Equal("Cleanup", name));
        Assert.Equal("Reports", direct.ReturnValue!.Value.GetProperty("function").GetString());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    public void The_disabled_setting_is_read_as_the_host_reads_it(string value, bool disabled)
    {
        var settings = new Dictionary<string, string> { ["azurewebjobs.reports.disabled"] = value };

        Assert.Equal(disabled, DisabledFunctions.IsDisabled(settings, "Reports"));
        Assert.False(DisabledFunctions.IsDisabled(settings, "Cleanup"));
    }

    [Theory]
    [InlineData("0 */5 * * * *", "2026-12-04T01:02:03Z", "2026-12-04T01:05:00Z")]
    [InlineData("0 0 3 * * *", "2026-12-04T03:00:00Z", "2026-12-05T03:00:00Z")]
    [InlineData("0 15 10 * * MON-FRI", "2026-12-04T11:00:00Z", "2026-12-07T10:15:00Z")]
    [InlineData("0 0 8 * * 0,6", "2026-12-04T00:00:00Z", "2026-12-05T08:00:00Z")]
    [InlineData("0 30 9 1 JAN,JUL *", "2026-12-04T00:00:00Z", "2027-01-01T09:30:00Z")]
    [InlineData("*/20 * * * * *", "2026-12-04T00:00:41Z", "2026-12-04T00:01:00Z")]
    public void The_next_occurrence_follows_the_ncrontab_fields(string expression, string after, string next)
    {
        var schedule = NcrontabSchedule.TryParse(expression, out var problem);

        Assert.Null(problem);
        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture), schedule!.Next(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("0 61 * * * *")]
    [InlineData("0 0 0 * * FUNDAY")]
    public void A_schedule_that_is_not_six_ncrontab_fields_is_refused(string expression)
    {
        Assert.Null(NcrontabSchedule.TryParse(expression, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public async Task A_timer_whose_schedule_cannot_be_read_is_reported()
    {
        var app = AzureTestApps.Write(_folder, proxy: false, ["serve"], ("Cleanup", Timer("every minute")));
        await using var host = await LocalAzureHost.StartAsync(app);

        var error = await Assert.ThrowsAsync<AzureHostException>(() => TimerTriggerPump.RunAsync(host, new Dictionary<string, string>(), (_, _, _, _) => { }));

        Assert.Equal(AzureHostFailure.InvalidSchedule, error.Failure);
    }

    private static JsonObject Timer(string schedule) => AzureTestApps.Binding("timerTrigger", "timer", new JsonObject { ["schedule"] = schedule });
}
