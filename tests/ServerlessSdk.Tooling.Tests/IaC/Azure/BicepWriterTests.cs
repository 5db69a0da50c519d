using System.Text.Json;
using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>The security and plan choices of main.bicep, read back from the ARM JSON the Bicep compiler makes of it (<see cref="CompiledBicep"/>).</summary>
public sealed class BicepWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Flex_is_fc1_with_identity_deployment_storage_and_the_custom_runtime()
    {
        var app = Resource(CompiledBicep.Mixed(AzurePlans.Flex), "Microsoft.Web/sites");
        var plan = Resource(CompiledBicep.Mixed(AzurePlans.Flex), "Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        var config = app.GetProperty("properties").GetProperty("functionAppConfig");
        Assert.Equal("SystemAssignedIdentity", config.GetProperty("deployment").GetProperty("storage").GetProperty("authentication").GetProperty("type").GetString());
        Assert.Equal("custom", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.True(config.TryGetProperty("scaleAndConcurrency", out _));
    }

    [Theory]
    [InlineData(AzurePlans.Premium, "EP1")]
    [InlineData(AzurePlans.Dedicated, "P0v3")]
    public void The_alternatives_are_linux_plans_without_functionAppConfig(string planName, string sku)
    {
        var arm = CompiledBicep.Mixed(planName);

        var plan = Resource(arm, "Microsoft.Web/serverfarms");
        Assert.Equal(sku, plan.GetProperty("sku").GetProperty("name").GetString());
        Assert.True(plan.GetProperty("properties").GetProperty("reserved").GetBoolean());
        Assert.False(Resource(arm, "Microsoft.Web/sites").GetProperty("properties").TryGetProperty("functionAppConfig", out _));
    }

    [Theory]
    [InlineData(AzurePlans.Flex)]
    [InlineData(AzurePlans.Premium)]
    [InlineData(AzurePlans.Dedicated)]
    public void Https_only_tls_12_ftp_off_no_account_keys(string plan)
    {
        var arm = CompiledBicep.Mixed(plan);

        var site = Resource(arm, "Microsoft.Web/sites").GetProperty("properties");
        Assert.True(site.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("1.2", site.GetProperty("siteConfig").GetProperty("minTlsVersion").GetString());
        Assert.Equal("Disabled", site.GetProperty("siteConfig").GetProperty("ftpsState").GetString());
        Assert.All(Resources(arm, "Microsoft.Web/sites/basicPublishingCredentialsPolicies"), p => Assert.False(p.GetProperty("properties").GetProperty("allow").GetBoolean()));
        var storage = Resource(arm, "Microsoft.Storage/storageAccounts").GetProperty("properties");
        Assert.False(storage.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.Equal("TLS1_2", storage.GetProperty("minimumTlsVersion").GetString());
        Assert.DoesNotContain("listKeys", arm.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_disabled_schedule_gets_the_documented_disabled_app_setting_and_no_other_function_does()
    {
        var settings = Resource(CompiledBicep.Arm("timer-disabled"), "Microsoft.Web/sites/config").GetProperty("properties");
        var enabled = Resource(CompiledBicep.Arm("timer"), "Microsoft.Web/sites/config").GetProperty("properties");

        var disabled = settings.EnumerateObject().Where(p => p.Name.EndsWith(".Disabled", StringComparison.Ordinal)).ToList();
        Assert.Equal(["AzureWebJobs.Reports_2.Disabled"], disabled.Select(p => p.Name));
        Assert.Equal("true", disabled[0].Value.GetString());
        Assert.DoesNotContain(enabled.EnumerateObject(), p => p.Name.EndsWith(".Disabled", StringComparison.Ordinal));
    }

    [Fact]
    public void Roles_are_per_trigger_and_never_contributor_or_owner()
    {
        var http = RoleIds(CompiledBicep.Arm("http"));
        var queue = RoleIds(CompiledBicep.Arm("queue"));
        var bus = RoleIds(CompiledBicep.Arm("servicebus"));

        Assert.DoesNotContain(http, r => r.Contains(AzureRoles.StorageQueueDataContributor, StringComparison.Ordinal));
        Assert.Contains(queue, r => r.Contains(AzureRoles.StorageQueueDataContributor, StringComparison.Ordinal));
        Assert.Contains(bus, r => r.Contains(AzureRoles.ServiceBusDataReceiver, StringComparison.Ordinal));
        // Contributor, Owner, Storage Account Contributor.
        string[] broad = ["b24988ac-6180-42a0-ab88-20f7382dd24c", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635", "17d1049b-9a84-46fb-8f53-869881c3d3ab"];
        Assert.All(http.Concat(queue).Concat(bus), r => Assert.DoesNotContain(broad, b => r.Contains(b, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_parameters_file_is_written_once_and_then_left_alone()
    {
        var first = AzureEmitter.EmitBicep(AzureFixtures.Http(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);
        var parameters = Path.Combine(_folder.Path, AzureEmitter.ParametersFileName);
        File.WriteAllText(parameters, "{ \"parameters\": { \"appName\": { \"value\": \"mine\" } } }\n");

        var second = AzureEmitter.EmitBicep(AzureFixtures.Http(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: true);

        Assert.Contains(parameters, first.Written);
        Assert.Contains(parameters, second.Unchanged);
        Assert.Contains("mine", File.ReadAllText(parameters), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Resources(JsonElement arm, string type)
    {
        var resources = arm.GetProperty("resources");
        var all = resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray().ToList() : [.. resources.EnumerateObject().Select(p => p.Value)];
        return all.Where(r => r.GetProperty("type").GetString() == type);
    }

    private static JsonElement Resource(JsonElement arm, string type) => Resources(arm, type).Single();

    private static List<string> RoleIds(JsonElement arm) =>
        [.. Resources(arm, "Microsoft.Authorization/roleAssignments").Select(r => r.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!)];
}
