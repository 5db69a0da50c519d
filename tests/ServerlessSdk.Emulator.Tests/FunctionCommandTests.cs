namespace ServerlessSdk.Emulator.Tests;

public sealed class FunctionCommandTests
{
    [Fact]
    public void Executable_uses_the_folder_of_the_last_existing_file_as_task_root()
    {
        var command = FunctionCommand.Executable("/bin/sh", FakeRuntime.ScriptPath, "echo");

        Assert.Equal("/bin/sh", command.FileName);
        Assert.Equal([FakeRuntime.ScriptPath, "echo"], command.Arguments);
        Assert.Equal(Path.GetDirectoryName(FakeRuntime.ScriptPath), command.TaskRoot);
        Assert.Empty(command.HostEnvironment);
    }

    [Fact]
    public void Executable_ignores_folders_when_choosing_the_task_root()
    {
        var command = FunctionCommand.Executable("/bin/sh", "/tmp");

        Assert.Equal("/bin", command.TaskRoot);
    }

    [Fact]
    public void Executable_alone_uses_its_own_folder_as_task_root()
    {
        var command = FunctionCommand.Executable("/opt/function/bootstrap");

        Assert.Equal("/opt/function", command.TaskRoot);
        Assert.Empty(command.Arguments);
    }

    [Fact]
    public void Dotnet_dll_runs_through_a_real_dotnet_host()
    {
        var command = FunctionCommand.DotnetDll("/opt/function/Function.dll", "--flag");

        Assert.True(File.Exists(command.FileName), command.FileName);
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(command.FileName));
        Assert.Equal(["/opt/function/Function.dll", "--flag"], command.Arguments);
        Assert.Equal("/opt/function", command.TaskRoot);
        var dotnetRoot = Path.GetDirectoryName(command.FileName);
        Assert.Equal(dotnetRoot, command.HostEnvironment["DOTNET_ROOT"]);
        Assert.StartsWith(dotnetRoot + ":", command.HostEnvironment["PATH"], StringComparison.Ordinal);
    }

    [Fact]
    public void To_string_shows_the_command_line()
    {
        Assert.Equal("/opt/fn/bootstrap --a \"b c\"", FunctionCommand.Executable("/opt/fn/bootstrap", "--a", "b c").ToString());
    }
}
