using System.CommandLine;
using ServerlessSdk.Cli.Commands;
using ServerlessSdk.Cli.Output;

var terminal = Terminal.ForConsole();
var root = new RootCommand("dotnet serverless: run AWS Lambda functions built with ServerlessSdk locally, and report on them.")
{
    InvokeCommand.Create(terminal),
    StartApiCommand.Create(terminal),
    EventsCommand.Create(terminal),
    ReportCommand.Create(terminal),
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

return await parsed.InvokeAsync();
