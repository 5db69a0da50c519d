using ServerlessSdk.Cli.Commands;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>An exception the tool does not expect reaches the user as one SLS6199 line; the trace only with --verbose.</summary>
public sealed class UnexpectedFailureTests
{
    private static readonly Dictionary<string, string> ForcedFailure = new() { [CommandRunner.FailureHookVariable] = "events" };

    [Fact]
    public void An_unexpected_exception_is_one_SLS6199_line_without_a_stack_trace()
    {
        var result = Tool.RunWithEnvironment(Repository.Root, ForcedFailure, "events", "sqs");

        result.ShouldExitWith(ExitCodes.ToolError);
        Assert.Contains("SLS6199", result.Codes);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void With_verbose_the_stack_trace_is_printed_too()
    {
        var result = Tool.RunWithEnvironment(Repository.Root, ForcedFailure, "events", "sqs", "--verbose");

        result.ShouldExitWith(ExitCodes.ToolError);
        Assert.Contains("SLS6199", result.Codes);
        Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_tool_as_users_type_it()
    {
        var result = Tool.Run(Repository.Root, "events", "--help");

        result.ShouldExitWith(ExitCodes.Success);
        Assert.Contains("dotnet serverless events", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ServerlessSdk.Cli", result.Output, StringComparison.Ordinal);
    }
}
