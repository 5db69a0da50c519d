using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// The saga as a user project, like the samples in <see cref="SampleBuildTests"/>: its build writes the infra/ of its
/// golden files (bus → rules → queues with their policies → functions), and its one Native AOT publish for linux-x64
/// compiles with no trim or AOT warning (it uses AWSSDK.DynamoDBv2) and writes the Lambda zip.
/// </summary>
[Collection(OrderSagaCollection.Name)]
public sealed partial class OrderSagaBuildTests(OrderSagaFixture saga)
{
    private const string Golden = "sample-order-saga";

    /// <summary>
    /// The build's infra/ byte for byte. After an intended change regenerate with
    /// <c>SERVERLESS_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~OrderSagaBuildTests</c> and review the diff.
    /// </summary>
    [Fact]
    public void Building_the_saga_writes_the_infrastructure_of_its_golden_files()
    {
        var expected = Path.Combine(Repository.Root, "tests", "ServerlessSdk.Tooling.Tests", "IaC", "Golden", Golden);
        if (Environment.GetEnvironmentVariable("SERVERLESS_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(expected);
            foreach (var (file, content) in saga.Infrastructure)
            {
                File.WriteAllText(Path.Combine(expected, file), content);
            }

            return;
        }

        Assert.Equal(["main.tf", "outputs.tf", "serverless.yml", "template.yaml", "variables.tf"], saga.Infrastructure.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Directory.GetFiles(expected).Select(Path.GetFileName).Order(StringComparer.Ordinal), saga.Infrastructure.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, content) in saga.Infrastructure)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(expected, file)).Replace("\r\n", "\n", StringComparison.Ordinal), content);
        }
    }

    [Fact]
    public void The_saga_infrastructure_wires_each_rule_from_the_bus_to_its_queue()
    {
        var template = saga.Infrastructure["template.yaml"];

        foreach (var (rule, queue) in (ReadOnlySpan<(string, string)>)[("PaymentOnOrderPlaced", "Payments"), ("InventoryOnOrderPlaced", "Inventory"), ("CompensationOnPaymentFailed", "Compensations")])
        {
            Assert.Contains($"  {rule}EventRule:\n    Type: AWS::Events::Rule", template, StringComparison.Ordinal);
            Assert.Contains($"  {queue}QueuePolicy:\n    Type: AWS::SQS::QueuePolicy", template, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Publishing_the_saga_natively_has_no_trim_or_AOT_warning_and_writes_the_zip()
    {
        saga.Publish.ShouldSucceed();

        // The sample treats warnings as errors, so a trim/AOT finding would also fail the publish; count both spellings.
        Assert.Empty(TrimOrAotFinding().Matches(saga.Publish.Output).Select(m => m.Value).Distinct());
        using var archive = ZipFile.OpenRead(saga.Zip);
        var bootstrap = Assert.Single(archive.Entries, e => e.FullName == "bootstrap");
        Assert.Equal(0b111_101_101, (bootstrap.ExternalAttributes >> 16) & 0b111_111_111);
        // Native code, not an apphost beside IL: the zip holds one ELF executable and no managed assemblies.
        using (var stream = bootstrap.Open())
        {
            var magic = new byte[4];
            stream.ReadExactly(magic);
            Assert.Equal("\u007fELF"u8.ToArray(), magic);
        }

        Assert.DoesNotContain(archive.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(warning|error) IL[23]\d{3}\b")]
    private static partial Regex TrimOrAotFinding();
}
