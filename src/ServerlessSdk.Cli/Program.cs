using System.CommandLine;
using ServerlessSdk.Cli.Commands;
using ServerlessSdk.Cli.Output;

var terminal = Terminal.ForConsole();
try
{
    var root = new RootCommand("dotnet serverless: run AWS Lambda functions built with ServerlessSdk locally, and report on them.")
    {
        InvokeCommand.Create(terminal),
        StartApiCommand.Create(terminal),
        EventsCommand.Create(terminal),
        ReportCommand.Create(terminal),
        TuneCommand.Create(terminal),
        CommonOptions.Verbose,
    };

    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        // A usage mistake is the tool's, not the function's: exit 2, like an SLS61xx diagnostic.
        foreach (var error in parsed.Errors)
        {
            terminal.ErrorLine(error.Message);
        }

        terminal.ErrorLine("Run dotnet serverless --help for usage.");
        return ExitCodes.ToolError;
    }

    // Help names the root command after the executable (ServerlessSdk.Cli: the tool's apphost runs the dll), and a
    // command name cannot hold a space; usage lines must read as users type them. Only help and --version write here.
    using var help = new StringWriter();
    var exitCode = await parsed.InvokeAsync(new InvocationConfiguration { Output = help });
    Console.Out.Write(help.ToString().Replace(root.Name + " ", "dotnet serverless ", StringComparison.Ordinal));
    return exitCode;
}
catch (Exception ex)
{
    // Outside any command (parsing, the console): still one coded line, never a stack trace.
    return CommandRunner.Unexpected(terminal, "dotnet serverless", ex, args.Contains("--verbose"));
}
