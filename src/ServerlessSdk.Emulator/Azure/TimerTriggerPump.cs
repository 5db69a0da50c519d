namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// Fires the app's <c>timerTrigger</c> functions on their NCRONTAB schedules (UTC) like the host's timer extension:
/// at each occurrence it POSTs the documented timer payload as <c>Data.&lt;binding&gt;</c>. A function disabled by
/// its <c>AzureWebJobs.&lt;name&gt;.Disabled</c> app setting (<see cref="DisabledFunctions"/>) is not fired, as the
/// host ignores its trigger; missed occurrences are not caught up (no <c>runOnStartup</c>, no past-due runs).
/// </summary>
public static class TimerTriggerPump
{
    /// <summary>Fires every enabled timer function until <paramref name="cancellationToken"/> is cancelled; each firing goes to <paramref name="fired"/>.</summary>
    /// <exception cref="AzureHostException">A timer's <c>schedule</c> is not a six-field NCRONTAB expression (SLS6210).</exception>
    public static async Task RunAsync(LocalAzureHost host, IReadOnlyDictionary<string, string> settings, Action<AzureFunction, DateTimeOffset, AzureInvocationResult?, Exception?> fired, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(fired);
        var clock = time ?? TimeProvider.System;
        var timers = host.App.Functions.Where(f => f.TriggerType == "timerTrigger" && !DisabledFunctions.IsDisabled(settings, f.Name)).Select(f =>
        {
            var expression = f.Setting("schedule") ?? string.Empty;
            var schedule = NcrontabSchedule.TryParse(expression, out var problem)
                ?? throw new AzureHostException($"{f.Name}'s timer schedule cannot be read: {problem}", AzureHostFailure.InvalidSchedule);
            return (Function: f, Schedule: schedule);
        }).ToList();
        if (timers.Count == 0)
        {
            return;
        }

        try
        {
            var now = clock.GetUtcNow();
            var next = timers.Select(t => t.Schedule.Next(now)).ToArray();
            while (!cancellationToken.IsCancellationRequested)
            {
                if (next.Where(n => n is not null).Min() is not { } due)
                {
                    return;
                }

                var wait = due - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }

                for (var i = 0; i < timers.Count; i++)
                {
                    if (next[i] != due)
                    {
                        continue;
                    }

                    var (function, schedule) = timers[i];
                    next[i] = schedule.Next(due);
                    try
                    {
                        var result = await host.InvokeAsync(function.Name, LocalAzureHost.TimerData(due), cancellationToken: cancellationToken).ConfigureAwait(false);
                        fired(function, due, result, null);
                    }
                    catch (Exception ex) when (ex is AzureHostException or HttpRequestException)
                    {
                        fired(function, due, null, ex);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
