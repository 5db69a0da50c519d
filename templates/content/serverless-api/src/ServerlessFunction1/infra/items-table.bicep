// The Items table and the Function App's access to it, beside the main.bicep the build writes (which this file
// does not change). Deploy it after main.bicep, with the app name that deployment output:
//   az deployment group create -g <group> -f infra/items-table.bicep -p appName=<appName output of main.bicep>

@description('The Function App main.bicep created (its appName output).')
param appName string

@description('The storage account main.bicep created: the same default as there.')
@minLength(3)
@maxLength(24)
param storageAccountName string = 'st${uniqueString(resourceGroup().id, appName)}'

@description('The table the app stores items in (TableStorageItemStore.DefaultTableName).')
param tableName string = 'Items'

// Storage Table Data Contributor: read, write and delete entities; nothing else on the account.
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: appName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource table 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = {
  parent: tableService
  name: tableName
}

@description('The app\'s managed identity may read and write this table only.')
resource tableRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: table
  name: guid(table.id, app.id, tableDataContributor)
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
  }
}

@description('The table\'s endpoint, as the app reaches it.')
output tableUri string = '${storage.properties.primaryEndpoints.table}${table.name}'
