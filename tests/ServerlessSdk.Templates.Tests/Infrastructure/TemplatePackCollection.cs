namespace ServerlessSdk.Templates.Tests.Infrastructure;

/// <summary>One packed template pack shared by every template test (xunit finds collections in the test assembly).</summary>
[CollectionDefinition(Name)]
public sealed class TemplatePackCollection : ICollectionFixture<TemplatePack>
{
    public const string Name = "template pack";
}
