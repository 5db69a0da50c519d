using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Local;
using Azurite = ServerlessSdk.Tooling.Local.Azurite;

namespace ServerlessSdk.Tooling.Tests.Local;

/// <summary>Where the product finds Azurite: SERVERLESS_AZURITE (a folder or an executable), a repository's build/azurite, PATH.</summary>
public sealed class AzuriteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sls-azurite-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Install(string folder, params string[] services)
    {
        Directory.CreateDirectory(folder);
        foreach (var service in services)
        {
            File.WriteAllText(Path.Combine(folder, "azurite-" + service), "#!/bin/sh\n");
        }

        return folder;
    }

    [Fact]
    public void The_variable_may_name_the_bin_folder_or_any_executable_in_it()
    {
        var bin = Install(Path.Combine(_root, "bin"), "queue", "table");

        Assert.Equal(Path.Combine(bin, "azurite-table"), Azurite.Locate(AzureStorageService.Table, Variable(bin)));
        Assert.Equal(Path.Combine(bin, "azurite-queue"), Azurite.Locate(AzureStorageService.Queue, Variable(Path.Combine(bin, "azurite"))));
    }

    [Fact]
    public void The_variable_wins_and_a_folder_without_the_service_is_SLS6160()
    {
        var bin = Install(Path.Combine(_root, "bin"), "queue");
        var repository = Install(Path.Combine(_root, "repo", Azurite.RepositoryInstall), "blob");

        var error = Assert.Throws<LocalAzureStorageException>(() => Azurite.Locate(AzureStorageService.Blob, Variable(bin), Path.Combine(_root, "repo")));

        Assert.Equal(DiagnosticCodes.AzuriteNotInstalled, error.Diagnostic.Code);
        Assert.True(File.Exists(Path.Combine(repository, "azurite-blob")));
    }

    [Fact]
    public void A_repository_install_above_the_project_comes_before_path()
    {
        var repository = Install(Path.Combine(_root, "repo", Azurite.RepositoryInstall), "queue");
        var onPath = Install(Path.Combine(_root, "path"), "queue");
        var project = Directory.CreateDirectory(Path.Combine(_root, "repo", "src", "Shop")).FullName;

        Assert.Equal(Path.Combine(repository, "azurite-queue"), Azurite.Locate(AzureStorageService.Queue, OnPath(onPath), project));
        Assert.Equal(Path.Combine(onPath, "azurite-queue"), Azurite.Locate(AzureStorageService.Queue, OnPath(onPath), _root));
    }

    [Fact]
    public void Nothing_anywhere_is_SLS6160()
    {
        var error = Assert.Throws<LocalAzureStorageException>(() => Azurite.Locate(AzureStorageService.Queue, OnPath(Path.Combine(_root, "empty")), _root));

        Assert.Equal(DiagnosticCodes.AzuriteNotInstalled, error.Diagnostic.Code);
    }

    private static Func<string, string?> Variable(string value) => name => name == Azurite.ExecutableVariable ? value : null;

    private static Func<string, string?> OnPath(string folder) => name => name == "PATH" ? folder : null;
}
