using System.Text.Json;
using System.Text.RegularExpressions;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>deploymentTemplates/teams holds a valid Teams app package: manifest fields, texts within Teams' limits, icons of the right size.</summary>
public sealed class TeamsManifestTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "deploymentTemplates", "teams");

    private static JsonElement Manifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Manifest_HasTheRequiredFields_OfSchema117()
    {
        var manifest = Manifest();

        Assert.Equal("1.17", manifest.GetProperty("manifestVersion").GetString());
        Assert.Contains("/v1.17/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\d+\.\d+\.\d+$", RegexOptions.NonBacktracking), manifest.GetProperty("version").GetString());
        Assert.Equal("{{MICROSOFT_APP_ID}}", manifest.GetProperty("id").GetString());
        foreach (var field in new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.False(string.IsNullOrWhiteSpace(manifest.GetProperty("developer").GetProperty(field).GetString()), field);
        }

        Assert.InRange(manifest.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(manifest.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(manifest.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(manifest.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Matches(new Regex("^#[0-9A-Fa-f]{6}$", RegexOptions.NonBacktracking), manifest.GetProperty("accentColor").GetString());
    }

    [Fact]
    public void Manifest_DeclaresOnePersonalBot_WithTheAppIdPlaceholder()
    {
        var bot = Assert.Single(Manifest().GetProperty("bots").EnumerateArray());

        Assert.Equal("{{MICROSOFT_APP_ID}}", bot.GetProperty("botId").GetString());
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(bot.GetProperty("isNotificationOnly").GetBoolean());
    }

    [Fact]
    public void Localisation_IsDutchFirst_AndTheEnglishFileHasEveryText()
    {
        var info = Manifest().GetProperty("localizationInfo");
        Assert.StartsWith("nl", info.GetProperty("defaultLanguageTag").GetString(), StringComparison.Ordinal);
        var english = Assert.Single(info.GetProperty("additionalLanguages").EnumerateArray());
        using var texts = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, english.GetProperty("file").GetString()!)));

        foreach (var key in new[] { "name.short", "name.full", "description.short", "description.full" })
        {
            Assert.False(string.IsNullOrWhiteSpace(texts.RootElement.GetProperty(key).GetString()), key);
        }

        Assert.InRange(texts.RootElement.GetProperty("description.short").GetString()!.Length, 1, 80);
    }

    [Fact]
    public void ColorIcon_Is192Square()
    {
        var icon = PngImage.Read(Path.Combine(Folder, Manifest().GetProperty("icons").GetProperty("color").GetString()!));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_Is32Square_WhiteOnTransparent()
    {
        var icon = PngImage.Read(Path.Combine(Folder, Manifest().GetProperty("icons").GetProperty("outline").GetString()!));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.NotNull(icon.Rgba);
        var pixels = icon.Rgba!.Chunk(4).ToList();
        Assert.All(pixels, p => Assert.True(p[3] == 0 || (p[0] == 255 && p[1] == 255 && p[2] == 255), "every visible pixel is white"));
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.Contains(pixels, p => p[3] == 255);
    }
}
