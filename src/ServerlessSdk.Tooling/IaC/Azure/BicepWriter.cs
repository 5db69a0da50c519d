using System.Text;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.IaC.Azure;

/// <summary>
/// infra/main.bicep: a Linux Function App running the custom handler, on Flex Consumption (default), Elastic Premium
/// or a Dedicated plan; its storage account (no account keys: managed identity and role assignments), the queues,
/// containers and Service Bus queues its triggers read, the declared storage tables (<see cref="BicepTables"/>), Application Insights on a Log Analytics workspace, HTTPS
/// only, TLS 1.2, FTP and basic publishing credentials off. Validated by <c>bicep build</c>/<c>bicep lint</c> in tests.
/// </summary>
public static class BicepWriter
{
    /// <summary>The template, relative to the IaC folder.</summary>
    public const string FileName = "main.bicep";

    /// <summary>The deployment container Flex Consumption reads the app zip from.</summary>
    public const string DeploymentContainer = "app-package";

    private const string StorageApi = "2023-05-01";
    private const string WebApi = "2024-04-01";
    private const string ServiceBusApi = "2022-10-01-preview";

    /// <summary>The template body (no header).</summary>
    public static string Build(ServiceManifest manifest, AzureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        var triggers = manifest.Functions.SelectMany(f => f.Triggers).ToList();
        var queues = triggers.OfType<StorageQueueTrigger>().Select(t => t.Queue).Distinct().Order(StringComparer.Ordinal).ToList();
        var containers = triggers.OfType<BlobTrigger>().Select(t => t.Container).Distinct().Order(StringComparer.Ordinal).ToList();
        var busQueues = triggers.OfType<ServiceBusQueueTrigger>().Select(t => t.Queue).Distinct().Order(StringComparer.Ordinal).ToList();
        var tables = BicepTables.Plan(manifest);
        var flex = settings.Plan == AzurePlans.Flex;
        var b = new StringBuilder();

        b.Append($$"""
            @description('Region of every resource.')
            param location string = resourceGroup().location

            @description('The Function App name (globally unique: it is the host name).')
            @minLength(2)
            @maxLength(50)
            param appName string = '{{manifest.Service}}-${uniqueString(resourceGroup().id)}'

            @description('Storage account name: 3-24 lowercase letters and digits, globally unique.')
            @minLength(3)
            @maxLength(24)
            param storageAccountName string = 'st${uniqueString(resourceGroup().id, appName)}'

            """);
        if (flex)
        {
            b.Append($$"""

                @description('Flex Consumption: the most instances the app scales out to.')
                @minValue(1)
                @maxValue(1000)
                param maximumInstanceCount int = 100

                @description('Flex Consumption: memory of each instance, in MB.')
                @allowed([
                  512
                  2048
                  4096
                ])
                param instanceMemoryMB int = {{settings.InstanceMemoryMb}}

                """);
        }

        if (busQueues.Count > 0)
        {
            b.Append("""

                @description('Service Bus namespace name: 6-50 letters, digits and hyphens, globally unique.')
                @minLength(6)
                @maxLength(50)
                param serviceBusNamespaceName string = 'sb-${uniqueString(resourceGroup().id, appName)}'

                """);
        }

        b.Append("\nvar tags = {\n");
        b.Append($"  service: '{manifest.Service}'\n");
        foreach (var (key, value) in settings.Tags)
        {
            b.Append($"  {PropertyName(key)}: '{Escape(value)}'\n");
        }

        b.Append("}\n");
        b.Append($$"""

            resource storage 'Microsoft.Storage/storageAccounts@{{StorageApi}}' = {
              name: storageAccountName
              location: location
              tags: tags
              kind: 'StorageV2'
              sku: {
                name: 'Standard_LRS'
              }
              properties: {
                allowSharedKeyAccess: false
                allowBlobPublicAccess: false
                defaultToOAuthAuthentication: true
                minimumTlsVersion: 'TLS1_2'
                supportsHttpsTrafficOnly: true
              }
            }

            resource blobService 'Microsoft.Storage/storageAccounts/blobServices@{{StorageApi}}' = {
              parent: storage
              name: 'default'
            }

            """);
        if (flex)
        {
            b.Append(Container("deploymentContainer", DeploymentContainer));
        }

        foreach (var container in containers)
        {
            b.Append(Container(Identifier("container", container), container));
        }

        if (queues.Count > 0)
        {
            b.Append($$"""

                resource queueService 'Microsoft.Storage/storageAccounts/queueServices@{{StorageApi}}' = {
                  parent: storage
                  name: 'default'
                }

                """);
            foreach (var queue in queues)
            {
                b.Append($$"""

                    resource {{Identifier("queue", queue)}} 'Microsoft.Storage/storageAccounts/queueServices/queues@{{StorageApi}}' = {
                      parent: queueService
                      name: '{{queue}}'
                    }

                    """);
            }
        }

        b.Append(BicepTables.Resources(tables, StorageApi));
        if (busQueues.Count > 0)
        {
            b.Append($$"""

                resource serviceBus 'Microsoft.ServiceBus/namespaces@{{ServiceBusApi}}' = {
                  name: serviceBusNamespaceName
                  location: location
                  tags: tags
                  sku: {
                    name: 'Standard'
                  }
                  properties: {
                    disableLocalAuth: true
                    minimumTlsVersion: '1.2'
                  }
                }

                """);
            foreach (var queue in busQueues)
            {
                b.Append($$"""

                    resource {{Identifier("busQueue", queue)}} 'Microsoft.ServiceBus/namespaces/queues@{{ServiceBusApi}}' = {
                      parent: serviceBus
                      name: '{{queue}}'
                    }

                    """);
            }
        }

        b.Append($$"""

            resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
              name: '${appName}-logs'
              location: location
              tags: tags
              properties: {
                sku: {
                  name: 'PerGB2018'
                }
                retentionInDays: 30
              }
            }

            resource insights 'Microsoft.Insights/components@2020-02-02' = {
              name: '${appName}-insights'
              location: location
              tags: tags
              kind: 'web'
              properties: {
                Application_Type: 'web'
                WorkspaceResourceId: logs.id
                DisableLocalAuth: true
              }
            }

            resource plan 'Microsoft.Web/serverfarms@{{WebApi}}' = {
              name: '${appName}-plan'
              location: location
              tags: tags
            {{PlanBody(settings.Plan)}}
            }

            resource app 'Microsoft.Web/sites@{{WebApi}}' = {
              name: appName
              location: location
              tags: tags
              kind: 'functionapp,linux'
              identity: {
                type: 'SystemAssigned'
              }
              properties: {
                serverFarmId: plan.id
                httpsOnly: true
                siteConfig: {
                  minTlsVersion: '1.2'
                  scmMinTlsVersion: '1.2'
                  ftpsState: 'Disabled'
                  http20Enabled: true
            {{SiteConfigExtras(settings.Plan)}}
                }
            {{(flex ? FunctionAppConfig : string.Empty)}}
              }
            }

            resource appSettings 'Microsoft.Web/sites/config@{{WebApi}}' = {
              parent: app
              name: 'appsettings'
              properties: {
            {{AppSettings(settings.Plan, queues.Count + containers.Count > 0, busQueues.Count > 0, DisabledFunctions(manifest), BicepTables.AppSettings(tables))}}
              }
            }

            resource ftpOff 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@{{WebApi}}' = {
              parent: app
              name: 'ftp'
              properties: {
                allow: false
              }
            }

            resource scmBasicAuthOff 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@{{WebApi}}' = {
              parent: app
              name: 'scm'
              properties: {
                allow: false
              }
            }

            """);

        b.Append(Role("hostStorageRole", "storage", AzureRoles.StorageBlobDataOwner, "the host's keys, leases and timers, and the deployment container"));
        foreach (var queue in queues)
        {
            b.Append(Role(Identifier("queueRole", queue), Identifier("queue", queue), AzureRoles.StorageQueueDataContributor, $"the {queue} queue trigger"));
        }

        foreach (var (identifier, scope, roleId, purpose) in BicepTables.Roles(tables))
        {
            b.Append(Role(identifier, scope, roleId, purpose));
        }

        foreach (var queue in busQueues)
        {
            b.Append(Role(Identifier("busQueueRole", queue), Identifier("busQueue", queue), AzureRoles.ServiceBusDataReceiver, $"the {queue} Service Bus trigger"));
        }

        b.Append(Role("insightsRole", "insights", AzureRoles.MonitoringMetricsPublisher, "telemetry with Entra ID authentication"));
        b.Append("""

            @description('The app\'s default host name; HTTP routes are under https://<host>/api/.')
            output defaultHostName string = app.properties.defaultHostName

            @description('The app name, for deployment commands.')
            output appName string = app.name

            """);
        if (flex)
        {
            b.Append("""

                @description('The blob container Flex Consumption deploys the app zip from.')
                output deploymentContainerUrl string = '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'

                """);
        }

        return b.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\n');
    }

    private static string PlanBody(string plan) => plan switch
    {
        AzurePlans.Flex => """
              kind: 'functionapp'
              sku: {
                tier: 'FlexConsumption'
                name: 'FC1'
              }
              properties: {
                reserved: true
              }
            """,
        AzurePlans.Premium => """
              kind: 'elastic'
              sku: {
                tier: 'ElasticPremium'
                name: 'EP1'
              }
              properties: {
                reserved: true
                maximumElasticWorkerCount: 20
              }
            """,
        _ => """
              kind: 'linux'
              sku: {
                tier: 'PremiumV3'
                name: 'P0v3'
              }
              properties: {
                reserved: true
              }
            """,
    };

    // Outside Flex the runtime is chosen by app settings and an empty linuxFxVersion, as the stacks API lists "custom".
    private static string SiteConfigExtras(string plan) => plan switch
    {
        AzurePlans.Flex => string.Empty,
        AzurePlans.Premium => "      linuxFxVersion: ''\n",
        _ => "      linuxFxVersion: ''\n      alwaysOn: true\n",
    };

    private const string FunctionAppConfig = """
            functionAppConfig: {
              deployment: {
                storage: {
                  type: 'blobContainer'
                  value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'
                  authentication: {
                    type: 'SystemAssignedIdentity'
                  }
                }
              }
              scaleAndConcurrency: {
                maximumInstanceCount: maximumInstanceCount
                instanceMemoryMB: instanceMemoryMB
              }
              runtime: {
                name: 'custom'
                version: '1.0'
              }
            }
        """;

    // learn.microsoft.com, "How to disable functions in Azure Functions": the host ignores the trigger of a function
    // whose AzureWebJobs.<FUNCTION_NAME>.Disabled setting is true (a run with the master key still works).
    private static IEnumerable<string> DisabledFunctions(ServiceManifest manifest) =>
        AzureFunctionNames.All(manifest).Where(f => f.Trigger is TimerTrigger { Enabled: false }).Select(f => f.Name);

    /// <summary>The app setting that disables the Azure function <paramref name="functionName"/>.</summary>
    public static string DisabledSetting(string functionName) => $"AzureWebJobs.{functionName}.Disabled";

    private static string AppSettings(string plan, bool storageTriggers, bool serviceBus, IEnumerable<string> disabledFunctions, IEnumerable<string> tableSettings)
    {
        var lines = new List<string>
        {
            // Identity-based host storage: an account name instead of a connection string with a key.
            "AzureWebJobsStorage__accountName: storage.name",
            "AzureWebJobsStorage__credential: 'managedidentity'",
            "APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString",
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'",
        };
        if (plan != AzurePlans.Flex)
        {
            // Flex takes the runtime from functionAppConfig and rejects these settings; the other plans need them.
            lines.Add("FUNCTIONS_EXTENSION_VERSION: '~4'");
            lines.Add("FUNCTIONS_WORKER_RUNTIME: 'custom'");
            lines.Add("WEBSITE_RUN_FROM_PACKAGE: '1'");
        }

        if (storageTriggers)
        {
            lines.Add("AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue");
            lines.Add("AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob");
        }

        if (serviceBus)
        {
            lines.Add("ServiceBusConnection__fullyQualifiedNamespace: '${serviceBus.name}.servicebus.windows.net'");
        }

        lines.AddRange(disabledFunctions.Select(name => $"'{DisabledSetting(name)}': 'true'"));
        lines.AddRange(tableSettings);

        return string.Join('\n', lines.Select(l => "    " + l));
    }

    private static string Container(string identifier, string name) => $$"""

        resource {{identifier}} 'Microsoft.Storage/storageAccounts/blobServices/containers@{{StorageApi}}' = {
          parent: blobService
          name: '{{name}}'
          properties: {
            publicAccess: 'None'
          }
        }

        """;

    private static string Role(string identifier, string scope, string roleId, string purpose) => $$"""

        @description('{{Escape(purpose)}}')
        resource {{identifier}} 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
          name: guid({{scope}}.id, app.id, '{{roleId}}')
          scope: {{scope}}
          properties: {
            principalId: app.identity.principalId
            principalType: 'ServicePrincipal'
            roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{{roleId}}')
          }
        }

        """;

    /// <summary>A Bicep identifier from a prefix and an Azure name: <c>queue</c> + <c>orders-in</c> → <c>queueOrdersIn</c>.</summary>
    internal static string Identifier(string prefix, string name) => prefix + Naming.Pascal(name);

    // The linter wants identifiers unquoted and everything else quoted.
    private static string PropertyName(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? key : $"'{Escape(key)}'";

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
}
