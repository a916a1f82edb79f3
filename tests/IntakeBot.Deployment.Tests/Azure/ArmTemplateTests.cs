using System.Text.Json.Nodes;

namespace IntakeBot.Deployment.Tests.Azure;

public sealed class ArmTemplateTests
{
    private static readonly string[] EuRegions =
    [
        "westeurope", "northeurope", "swedencentral", "germanywestcentral", "francecentral", "italynorth", "polandcentral",
        "spaincentral", "belgiumcentral", "austriaeast",
    ];

    private readonly ArmTemplate _template = ArmTemplate.Load();

    [Fact]
    public void Template_HasTheArmSchemaBasics()
    {
        Assert.StartsWith("https://schema.management.azure.com/schemas/", (string)_template.Root["$schema"]!, StringComparison.Ordinal);
        Assert.EndsWith("/deploymentTemplate.json#", (string)_template.Root["$schema"]!, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+\.\d+$", (string)_template.Root["contentVersion"]!);
        Assert.NotEmpty(_template.Parameters);
        Assert.NotEmpty(_template.Resources);
        Assert.All(_template.Resources, resource =>
        {
            Assert.False(string.IsNullOrEmpty((string?)resource!["type"]), "every resource has a type");
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}(-preview)?$", (string)resource["apiVersion"]!);
            Assert.False(string.IsNullOrEmpty((string?)resource["name"]), "every resource has a name");
        });
    }

    [Fact]
    public void EveryParameter_IsUsed()
    {
        var used = _template.BodyStrings().SelectMany(text => ArmExpressions.Names(text, "parameters")).ToHashSet(StringComparer.Ordinal);

        var unused = _template.Parameters.Select(pair => pair.Key).Where(name => !used.Contains(name)).ToList();

        Assert.True(unused.Count == 0, $"Parameters declared but never used: {string.Join(", ", unused)}");
    }

    [Fact]
    public void EveryParameterAndVariableReference_IsDeclared()
    {
        var strings = _template.BodyStrings().ToList();
        var parameters = strings.SelectMany(text => ArmExpressions.Names(text, "parameters")).Distinct().Where(name => !_template.Parameters.ContainsKey(name)).ToList();
        var variables = strings.SelectMany(text => ArmExpressions.Names(text, "variables")).Distinct().Where(name => !_template.VariableNames.Contains(name)).ToList();

        Assert.True(parameters.Count == 0, $"parameters() of undeclared parameters: {string.Join(", ", parameters)}");
        Assert.True(variables.Count == 0, $"variables() of undeclared variables: {string.Join(", ", variables)}");
    }

    [Fact]
    public void EveryResourceIdReferenceAndDependsOn_NamesAResourceOfTheTemplate()
    {
        var defined = _template.ResourceKeys();
        var references = _template.BodyStrings()
            .SelectMany(text => ArmExpressions.Calls(text, "resourceId"))
            .Select(arguments => ArmTemplate.Key(arguments[0], arguments.Skip(1)))
            .Distinct()
            .ToList();

        Assert.NotEmpty(references);
        var missing = references.Where(reference => !defined.Contains(reference)).ToList();
        Assert.True(missing.Count == 0, $"resourceId()/reference() targets not defined in the template:\n{string.Join("\n", missing)}\nDefined:\n{string.Join("\n", defined)}");
    }

    [Fact]
    public void EveryDependsOnAndReference_UsesResourceId()
    {
        foreach (var resource in _template.Resources)
        {
            foreach (var dependency in resource!["dependsOn"]?.AsArray() ?? [])
            {
                Assert.StartsWith("[resourceId(", (string)dependency!, StringComparison.Ordinal);
            }
        }

        var references = _template.BodyStrings().SelectMany(text => ArmExpressions.Calls(text, "reference")).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, arguments => Assert.StartsWith("resourceId(", arguments[0], StringComparison.Ordinal));
    }

    [Fact]
    public void SecretParameters_AreSecure_WithoutDefault()
    {
        var secrets = _template.Parameters.Where(pair => SecretNames.LooksSecret(pair.Key, countKey: true)).ToList();

        Assert.Contains(secrets, pair => pair.Key == "msaAppPassword");
        Assert.All(secrets, pair =>
        {
            var type = (string)pair.Value!["type"]!;
            Assert.True(type is "securestring" or "secureObject", $"Parameter {pair.Key} looks secret but is '{type}', not securestring/secureObject.");
            Assert.True(pair.Value["defaultValue"] is null, $"Secret parameter {pair.Key} must not have a default value.");
        });
    }

    [Fact]
    public void SecureParameters_FlowOnlyIntoKeyVaultSecretsAndThePostgresAdministrator()
    {
        var secure = SecureParameters();
        Assert.All(_template.Resources, resource =>
        {
            var type = (string)resource!["type"]!;
            if (type is "Microsoft.KeyVault/vaults/secrets" or "Microsoft.DBforPostgreSQL/flexibleServers")
            {
                return;
            }

            var leaks = ArmTemplate.Strings(resource).SelectMany(text => ArmExpressions.Names(text, "parameters")).Where(secure.Contains).ToList();
            Assert.True(leaks.Count == 0, $"{type} uses secure parameter(s) {string.Join(", ", leaks)}: secrets go to Key Vault only.");
        });
        var outputs = ArmTemplate.Strings(_template.Outputs).SelectMany(text => ArmExpressions.Names(text, "parameters")).Where(secure.Contains).ToList();
        Assert.Empty(outputs);

        // Variables may use a secure object's keys (organisation ids), never its values.
        foreach (var text in ArmTemplate.Strings(_template.Variables))
        {
            foreach (var name in ArmExpressions.Names(text, "parameters").Where(secure.Contains))
            {
                Assert.Equal("secureObject", (string)_template.Parameters[name]!["type"]!);
                Assert.DoesNotContain(".value", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void SecretAppSettings_AreKeyVaultReferences()
    {
        var settings = _template.AppSettings().ToList();
        var site = Assert.Single(_template.ResourcesOfType("Microsoft.Web/sites"));
        Assert.Empty(ArmExpressions.Names((string)site["properties"]!["siteConfig"]!["appSettings"]!, "parameters"));

        Assert.Contains(settings, setting => setting.Name.Contains("MicrosoftAppPassword", StringComparison.Ordinal));
        // The Application Insights connection string only says where telemetry goes; it comes from the resource, not a parameter.
        Assert.All(settings.Where(setting => SecretNames.LooksSecret(setting.Name) && setting.Name != "APPLICATIONINSIGHTS_CONNECTION_STRING"), setting =>
            Assert.True(
                setting.Value.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal) || setting.Value.StartsWith("[format('@Microsoft.KeyVault(", StringComparison.Ordinal),
                $"App setting {setting.Name} holds '{setting.Value}', not a Key Vault reference."));
        var names = settings.Select(setting => setting.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Location_DefaultsToAnEuRegion_AndResourcesUseIt()
    {
        Assert.Contains((string)_template.Parameters["location"]!["defaultValue"]!, EuRegions);
        Assert.All(_template.Resources.Where(resource => resource!["location"] is not null), resource =>
            Assert.True((string)resource!["location"]! is "[parameters('location')]" or "global", $"{resource["type"]} is not placed in parameters('location')."));
    }

    [Fact]
    public void WebApp_IsDotNet10OnLinux_HttpsOnly_WithWebSocketsAlwaysOnHealthCheckAndIdentity()
    {
        var site = Assert.Single(_template.ResourcesOfType("Microsoft.Web/sites"));
        var config = site["properties"]!["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", (string)config["linuxFxVersion"]!);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/readyz", (string)config["healthCheckPath"]!);
        Assert.Equal("SystemAssigned", (string)site["identity"]!["type"]!);
        var plan = Assert.Single(_template.ResourcesOfType("Microsoft.Web/serverfarms"));
        Assert.True((bool)plan["properties"]!["reserved"]!, "a Linux plan is 'reserved'");
        Assert.Contains(_template.AppSettings(), setting => setting.Name == "Storage__Provider" && setting.Value == "postgres");
    }

    [Fact]
    public void Bot_IsSingleTenant_PointsAtApiMessages_WithTeamsAndDirectLine()
    {
        var bot = Assert.Single(_template.ResourcesOfType("Microsoft.BotService/botServices"));
        var properties = bot["properties"]!;

        Assert.Equal("SingleTenant", (string)properties["msaAppType"]!);
        Assert.Equal("[parameters('msaAppId')]", (string)properties["msaAppId"]!);
        Assert.Equal("[parameters('msaAppTenantId')]", (string)properties["msaAppTenantId"]!);
        Assert.EndsWith("/api/messages', variables('siteHost'))]", (string)properties["endpoint"]!, StringComparison.Ordinal);
        Assert.StartsWith("[format('https://", (string)properties["endpoint"]!, StringComparison.Ordinal);
        var channels = _template.ResourcesOfType("Microsoft.BotService/botServices/channels").Select(channel => (string)channel["properties"]!["channelName"]!).ToList();
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel"], channels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void KeyVault_UsesRbac_AndTheAppMayReadSecrets()
    {
        var vault = Assert.Single(_template.ResourcesOfType("Microsoft.KeyVault/vaults"));
        Assert.True((bool)vault["properties"]!["enableRbacAuthorization"]!);
        var role = Assert.Single(_template.ResourcesOfType("Microsoft.Authorization/roleAssignments"));
        Assert.Contains("identity.principalId", (string)role["properties"]!["principalId"]!, StringComparison.Ordinal);
        Assert.Equal($"[format('Microsoft.KeyVault/vaults/{{0}}', {((string)vault["name"]!)[1..^1]})]", (string)role["scope"]!);
        // The built-in role "Key Vault Secrets User": read secret values, nothing else.
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", (string)_template.Variable("keyVaultSecretsUserRole")!);
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRole'))]", (string)role["properties"]!["roleDefinitionId"]!);
        var secrets = _template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets").Select(secret => (string)secret["name"]!).ToList();
        Assert.All(["postgres-connection-string", "bot-app-password", "directline-secret", "smtp-password", "webhook-secret-"], name =>
            Assert.Contains(secrets, secret => secret.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public void ParametersFile_SetsOnlyDeclaredNonSecretParameters_AndEveryRequiredOne()
    {
        var file = JsonNode.Parse(DeploymentFiles.Read(DeploymentFiles.Azure("azuredeploy.parameters.json")))!;
        var values = file["parameters"]!.AsObject();
        var secure = SecureParameters();

        Assert.Contains("deploymentParameters.json", (string)file["$schema"]!, StringComparison.Ordinal);
        Assert.All(values, pair =>
        {
            Assert.True(_template.Parameters.ContainsKey(pair.Key), $"The parameters file sets '{pair.Key}', which the template does not declare.");
            Assert.False(secure.Contains(pair.Key) && pair.Value!["reference"] is null, $"The parameters file holds secret '{pair.Key}' in plain text.");
        });
        var required = _template.Parameters.Where(pair => pair.Value!["defaultValue"] is null && !secure.Contains(pair.Key)).Select(pair => pair.Key);
        Assert.All(required, name => Assert.True(values.ContainsKey(name), $"The parameters file lacks required parameter '{name}'."));
    }

    private HashSet<string> SecureParameters() =>
        _template.Parameters.Where(pair => ((string)pair.Value!["type"]!).StartsWith("secure", StringComparison.OrdinalIgnoreCase)).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

}
