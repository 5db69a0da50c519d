namespace ServerlessSdk.Testing;

/// <summary>The checkout the tests run from, found by walking up to ServerlessSdk.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ServerlessSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ServerlessSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
