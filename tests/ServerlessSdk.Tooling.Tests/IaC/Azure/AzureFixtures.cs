using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>Azure manifests, one per trigger kind and a mixed one, as the generator writes them (contract-azure.md).</summary>
public static class AzureFixtures
{
    public static AzureSettings Settings(string plan = AzurePlans.Flex) => new() { ExecutableName = "Orders", Plan = plan };

    public static ServiceManifest Http() => Manifest(
        Function("GetItem", new HttpRouteTrigger("GET", "/items/{id}", HttpAuth.None, [])),
        Function("Items", new HttpRouteTrigger("POST", "/items", HttpAuth.None, []), new HttpRouteTrigger("ANY", "/files/{proxy+}", HttpAuth.Iam, [])));

    public static ServiceManifest Queue() => Manifest(Function("ProcessOrder", new StorageQueueTrigger("orders", "AzureWebJobsStorage")));

    public static ServiceManifest Timer() => Manifest(Function("Cleanup", new TimerTrigger("0 */5 * * * *", "rate(5 minutes)")));

    /// <summary>A disabled schedule beside an enabled one, the disabled one a C# function's second trigger (<c>Reports_2</c>).</summary>
    public static ServiceManifest DisabledTimer() => Manifest(
        Function("Cleanup", new TimerTrigger("0 */5 * * * *", "rate(5 minutes)")),
        Function("Reports", new TimerTrigger("0 0 3 * * *", "cron(0 3 * * ? *)"), new TimerTrigger("0 0 4 * * *", "cron(0 4 * * ? *)", Enabled: false)));

    public static ServiceManifest EventGrid() => Manifest(Function("OnEvent", new EventGridTrigger()));

    public static ServiceManifest Blob() => Manifest(Function("OnUpload", new BlobTrigger("uploads/{name}", "AzureWebJobsStorage")));

    public static ServiceManifest ServiceBus() => Manifest(Function("OnOrder", new ServiceBusQueueTrigger("orders-in", "ServiceBusConnection")));

    public static ServiceManifest Mixed() => Manifest(
        Function("GetItem", new HttpRouteTrigger("GET", "/items/{id}", HttpAuth.None, [])),
        Function("ProcessOrder", new StorageQueueTrigger("orders", "AzureWebJobsStorage")),
        Function("Cleanup", new TimerTrigger("0 0 3 * * *", "cron(0 3 * * ? *)")));

    /// <summary>
    /// Declared storage tables: Items only read (Reader), Orders written by one function and read by another
    /// (Contributor), Audit used by no function (created, no role, no setting).
    /// </summary>
    public static ServiceManifest Tables() => Manifest(
        Function("GetItem", new HttpRouteTrigger("GET", "/items/{id}", HttpAuth.None, [])) with { Uses = [new("Items", ResourceAccess.Read)] },
        Function("PutOrder", new HttpRouteTrigger("POST", "/orders", HttpAuth.None, [])) with { Uses = [new("Orders", ResourceAccess.Write)] },
        Function("ListOrders", new HttpRouteTrigger("GET", "/orders", HttpAuth.None, [])) with { Uses = [new("Items", ResourceAccess.Read), new("Orders", ResourceAccess.Read)] }) with
    {
        Resources = [new DeclaredStorageTable("Audit"), new DeclaredStorageTable("Items"), new DeclaredStorageTable("Orders")],
    };

    /// <summary>Every case the Bicep compiler checks: each trigger kind on Flex, and the mixed one on every plan.</summary>
    public static IEnumerable<(string Name, ServiceManifest Manifest, AzureSettings Settings)> BicepCases()
    {
        yield return ("http", Http(), Settings());
        yield return ("queue", Queue(), Settings());
        yield return ("timer", Timer(), Settings());
        yield return ("timer-disabled", DisabledTimer(), Settings());
        yield return ("blob", Blob(), Settings());
        yield return ("eventgrid", EventGrid(), Settings());
        yield return ("servicebus", ServiceBus(), Settings() with { Tags = [new("team", "orders"), new("cost-center", "42")] });
        yield return ("tables", Tables(), Settings());
        foreach (var plan in AzurePlans.All)
        {
            yield return ($"mixed-{plan}", Mixed(), Settings(plan));
        }
    }

    public static ServiceManifest Manifest(params FunctionDeclaration[] functions) =>
        new("orders", functions) { Platform = ServerlessPlatforms.Azure };

    public static FunctionDeclaration Function(string name, params Trigger[] triggers) =>
        new(name, $"Orders.Functions.{name}", null, null, null, null, null, null, false, new Dictionary<string, string>(), [], triggers);
}
