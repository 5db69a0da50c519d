using System.IO.Compression;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Validators;

/// <summary>The hand-written manifests under Fixtures/, read in place: the validators never write beside them.</summary>
internal static class ValidatorFixtures
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests/ServerlessSdk.Tooling.Tests/IaC/Validators/Fixtures");

    public static string Sam(string name) => Path.Combine(Folder, "sam", name + ".yaml");

    public static string Terraform(string name) => Path.Combine(Folder, "terraform", name);

    /// <summary>
    /// A Serverless Framework fixture copied into <paramref name="into"/> (as <paramref name="name"/>) with the
    /// function.zip its package.artifact names (the framework fails on a missing artifact); returns the copy.
    /// </summary>
    public static string Service(string fixture, TempFolder into, string? name = null)
    {
        var service = Path.Combine(into.Path, name ?? fixture);
        Directory.CreateDirectory(service);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, "serverless", fixture)))
        {
            File.Copy(file, Path.Combine(service, Path.GetFileName(file)));
        }

        WriteFunctionZip(Path.Combine(service, "function.zip"));
        return service;
    }

    private static void WriteFunctionZip(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var bootstrap = new StreamWriter(zip.CreateEntry("bootstrap").Open());
        bootstrap.Write("#!/bin/sh\n");
    }
}
