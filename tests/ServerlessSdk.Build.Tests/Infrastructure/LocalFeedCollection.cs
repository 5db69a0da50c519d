namespace ServerlessSdk.Build.Tests.Infrastructure;

/// <summary>One <see cref="LocalFeed"/> of the function packages for every package test.</summary>
[CollectionDefinition(Name)]
public sealed class LocalFeedCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "local feed";
}
