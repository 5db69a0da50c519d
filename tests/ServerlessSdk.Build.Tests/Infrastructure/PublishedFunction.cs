namespace ServerlessSdk.Build.Tests.Infrastructure;

/// <summary>
/// The default hello-world function, Native AOT published once (minutes of compiler time) for every test of the
/// <see cref="LocalFeedCollection"/> that reads what a default publish produced, or publishes that project again.
/// The collection's tests run one at a time, so one instance serves them all.
/// </summary>
internal sealed class PublishedFunction
{
    private static PublishedFunction? s_instance;

    private PublishedFunction(LocalFeed feed)
    {
        Project = new FunctionProject(feed, "Shared");
        FirstPublish = Project.Publish().ShouldSucceed();
        // Kept as the first publish wrote it: later tests publish this project again.
        FirstReport = File.ReadAllText(Path.Combine(Project.OutputDirectory(), "serverless-report.json"));
    }

    /// <summary>The published project (its zip and reports in place); tests that publish it again leave it on its defaults.</summary>
    public FunctionProject Project { get; }

    /// <summary>What the first publish, from a fresh project, printed.</summary>
    public DotnetResult FirstPublish { get; }

    /// <summary>serverless-report.json as the first publish wrote it.</summary>
    public string FirstReport { get; }

    public static PublishedFunction Of(LocalFeed feed) => s_instance ??= new PublishedFunction(feed);
}
