using System.Globalization;
using System.Text.Json.Nodes;

namespace IntakeBot.Deployment.Tests.Azure;

/// <summary>azuredeploy.json is written by hand next to main.bicep: these tests keep the two in step.</summary>
public sealed class BicepArmParityTests
{
    private readonly BicepTemplate _bicep = BicepTemplate.Load();
    private readonly ArmTemplate _arm = ArmTemplate.Load();

    [Fact]
    public void BothDeclare_TheSameParameters_WithTheSameTypes()
    {
        var bicep = _bicep.Parameters.Select(parameter => $"{parameter.Name}: {parameter.ArmType}").Order(StringComparer.Ordinal);
        var arm = _arm.Parameters.Select(pair => $"{pair.Key}: {(string)pair.Value!["type"]!}").Order(StringComparer.Ordinal);

        Assert.Equal(bicep, arm);
    }

    [Fact]
    public void BothHave_TheSameDefaults()
    {
        Assert.All(_bicep.Parameters, parameter =>
        {
            var armDefault = _arm.Parameters[parameter.Name]!["defaultValue"];
            Assert.Equal(parameter.Default is null, armDefault is null);
            if (parameter.Default is not null)
            {
                Assert.Equal(BicepLiteral(parameter.Default), armDefault!.ToJsonString());
            }
        });
    }

    [Fact]
    public void BothDeclare_TheSameResourceTypes_AndApiVersions()
    {
        var bicep = _bicep.Resources.Select(resource => $"{resource.Type}@{resource.ApiVersion}").Order(StringComparer.Ordinal);
        var arm = _arm.Resources.Select(resource => $"{(string)resource!["type"]!}@{(string)resource["apiVersion"]!}").Order(StringComparer.Ordinal);

        Assert.Equal(bicep, arm);
    }

    [Fact]
    public void BothSet_TheSameLiteralAppSettings()
    {
        var arm = _arm.Variable("appSettings")!.AsArray().Select(setting => (string)setting!["name"]!);

        Assert.NotEmpty(_bicep.AppSettingNames);
        Assert.Equal(_bicep.AppSettingNames.Order(StringComparer.Ordinal), arm.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BicepReader_SeesSecureParameters()
    {
        var parsed = BicepTemplate.Parse("@description('x')\n@secure()\nparam a string\nparam b string = 'c'\n@secure()\nparam d object\n");

        Assert.Equal([new BicepParameter("a", "string", true, null), new BicepParameter("b", "string", false, "'c'"), new BicepParameter("d", "object", true, null)], parsed.Parameters);
    }

    // 'westeurope' -> "westeurope"; 587 -> 587; [] -> [].
    private static string BicepLiteral(string value) => value switch
    {
        "[]" => "[]",
        "true" or "false" => value,
        _ when value.StartsWith('\'') => JsonValue.Create(value.Trim('\''))!.ToJsonString(),
        _ => int.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
    };
}
