// IntakeBot on Azure: Linux Web App (.NET 10), Azure Bot (Teams + Direct Line), PostgreSQL Flexible Server,
// Key Vault (RBAC) for every secret, Application Insights. EU region by default.
// azuredeploy.json is the same template written as ARM JSON by hand (there is no Bicep CLI in our build):
// change both together; tests/IntakeBot.Deployment.Tests checks that they declare the same parameters and resources.
targetScope = 'resourceGroup'

@description('Azure region of every resource except the bot registration (global). Keep personal data in the EU.')
param location string = 'westeurope'

@description('Prefix of the resource names (lower-case letters and digits).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'intakebot'

@description('App Service plan SKU. Always On needs Basic (B1) or higher.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Microsoft App ID (client id) of the single-tenant app registration the bot signs in with.')
param msaAppId string

@description('Tenant id of that app registration.')
param msaAppTenantId string

@description('Client secret of that app registration (stored in Key Vault).')
@secure()
param msaAppPassword string

@description('Secret of IntakeBot\'s own Direct Line server (DirectLine:Secret, at least 32 random characters; stored in Key Vault).')
@secure()
param directLineSecret string

@description('Administrator login of the PostgreSQL server.')
param postgresAdministratorLogin string = 'intakebot'

@description('Administrator password of the PostgreSQL server (no ; or " characters; stored in Key Vault as part of the connection string).')
@secure()
param postgresAdministratorPassword string

@description('PostgreSQL major version.')
param postgresVersion string = '16'

@description('PostgreSQL compute size.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GB.')
param postgresStorageSizeGB int = 32

@description('Name of the IntakeBot database.')
param databaseName string = 'intakebot'

@description('SMTP server that sends case notifications (Delivery:Smtp:Host).')
param smtpHost string

@description('SMTP port (Delivery:Smtp:Port); 587 uses STARTTLS.')
param smtpPort int = 587

@description('SMTP user name (Delivery:Smtp:UserName).')
param smtpUsername string

@description('SMTP password (Delivery:Smtp:Password; stored in Key Vault).')
@secure()
param smtpPassword string

@description('Sender address of case notifications (Delivery:Smtp:From), an address only.')
param smtpFrom string

@description('Where each organisation hears about new cases: [{ id, email, webhookUrl }] (use \'\' for an unused target).')
param organisations array = []

@description('Webhook signing secret per organisation id: { "<organisation id>": "<secret>" } (stored in Key Vault; {} for none).')
@secure()
param webhookSecrets object

var suffix = take(uniqueString(resourceGroup().id), 6)
var planName = '${namePrefix}-plan-${suffix}'
var webAppName = '${namePrefix}-${suffix}'
var botName = '${namePrefix}-bot-${suffix}'
var keyVaultName = take('${namePrefix}kv${suffix}', 24)
var postgresServerName = '${namePrefix}-pg-${suffix}'
var workspaceName = '${namePrefix}-logs-${suffix}'
var appInsightsName = '${namePrefix}-ai-${suffix}'
var siteHost = '${webAppName}.azurewebsites.net'
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var appSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
  { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
  { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
  { name: 'Logging__Format', value: 'json' }
  { name: 'Hosting__KnownProxies__0', value: '*' }
  { name: 'Storage__Provider', value: 'postgres' }
  { name: 'Storage__PostgresConnectionString', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=postgres-connection-string)' }
  { name: 'Storage__SqlitePath', value: '/tmp/intakebot/intakebot.db' }
  { name: 'DataProtection__Store', value: 'folder' }
  { name: 'DataProtection__KeysPath', value: '/home/data/keys' }
  { name: 'DirectLine__Secret', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=directline-secret)' }
  { name: 'BotConnector__MicrosoftAppId', value: msaAppId }
  { name: 'BotConnector__MicrosoftAppTenantId', value: msaAppTenantId }
  { name: 'BotConnector__MicrosoftAppPassword', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=bot-app-password)' }
  { name: 'Delivery__StaffBaseUrl', value: 'https://${siteHost}' }
  { name: 'Delivery__Smtp__Host', value: smtpHost }
  { name: 'Delivery__Smtp__Port', value: string(smtpPort) }
  { name: 'Delivery__Smtp__UserName', value: smtpUsername }
  { name: 'Delivery__Smtp__Password', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=smtp-password)' }
  { name: 'Delivery__Smtp__From', value: smtpFrom }
]
// Only organisations with an e-mail address or a webhook URL get that setting: an empty value is not a valid address.
var organisationsWithEmail = filter(organisations, organisation => !empty(organisation.email))
var organisationsWithWebhook = filter(organisations, organisation => !empty(organisation.webhookUrl))
var organisationEmailSettings = [for organisation in organisationsWithEmail: {
  name: 'Delivery__Organisations__${organisation.id}__Email'
  value: organisation.email
}]
var organisationWebhookUrlSettings = [for organisation in organisationsWithWebhook: {
  name: 'Delivery__Organisations__${organisation.id}__WebhookUrl'
  value: organisation.webhookUrl
}]
var webhookSecretSettings = [for item in items(webhookSecrets): {
  name: 'Delivery__Organisations__${item.key}__WebhookSecret'
  value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=webhook-secret-${item.key})'
}]

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: { name: appServicePlanSku }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet IntakeBot.Bot.dll'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
      appSettings: concat([
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
      ], appSettings, organisationEmailSettings, organisationWebhookUrlSettings, webhookSecretSettings)
    }
  }
  dependsOn: [
    keyVault
  ]
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource siteReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, site.id, keyVaultSecretsUserRole)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: { name: postgresSkuName, tier: postgresSkuTier }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdministratorLogin
    administratorLoginPassword: postgresAdministratorPassword
    storage: { storageSizeGB: postgresStorageSizeGB }
    backup: { backupRetentionDays: 14, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 - 0.0.0.0 is Azure's rule for "connections from Azure services" (the Web App's outbound addresses).
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource postgresConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'postgres-connection-string'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=${databaseName};Username=${postgresAdministratorLogin};Password="${postgresAdministratorPassword}";SSL Mode=VerifyFull'
  }
  dependsOn: [
    database
  ]
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'bot-app-password'
  properties: {
    value: msaAppPassword
  }
}

resource directLineSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'directline-secret'
  properties: {
    value: directLineSecret
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'smtp-password'
  properties: {
    value: smtpPassword
  }
}

resource webhookSecretValues 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for item in items(webhookSecrets): {
  parent: keyVault
  name: 'webhook-secret-${item.key}'
  properties: {
    value: item.value
  }
}]

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'IntakeBot'
    endpoint: 'https://${siteHost}/api/messages'
    msaAppId: msaAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: msaAppTenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
          isBlockUserUploadEnabled: false
        }
      ]
    }
  }
}

output webAppHostName string = siteHost
output botMessagingEndpoint string = bot.properties.endpoint
output keyVaultName string = keyVault.name
output postgresServerHost string = postgres.properties.fullyQualifiedDomainName
