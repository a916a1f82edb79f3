using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Bogus;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Tests.BotConnector;
using IntakeBot.Bot.Tests.Staff.Web;
using IntakeBot.Bot.Tests.Support;
using IntakeBot.Security.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Security.Tests.Secrets;

/// <summary>
/// Catalogue item 8, secrets and personal data never logged: a whole intake over Direct Line (a crisis message
/// included), a Bot Connector request, a staff sign-in and case view, with failing e-mail and webhook delivery, all at
/// Trace level, in the simple and the JSON console format. Every captured line (logger provider and console) is searched
/// for the Direct Line secret and tokens, the Bot Connector password and bearer token, the staff password and cookie,
/// the SMTP password, the webhook secret and every personal value typed (Bogus, nl). A hit fails with the line shown,
/// the hit itself redacted.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class SecretsNeverLoggedTests
{
    [Theory]
    [InlineData("simple")]
    [InlineData("json")]
    public async Task AWholeRunAtTraceLevel_LogsNoSecretAndNoPersonalValue(string format)
    {
        var faker = new Faker("nl") { Random = new Randomizer(format.Length) };
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Direct Line secret"] = Random("dl-secret-"),
            ["Bot Connector app password"] = Random("app-password-"),
            ["SMTP password"] = Random("smtp-password-"),
            ["webhook secret"] = Random("webhook-secret-"),
        };
        var typed = Typed(faker);
        using var signingKey = new TestSigningKey("secrets-key", "msteams");
        await using var connector = await FakeBotFrameworkServer.StartAsync(signingKey);
        var settings = new Dictionary<string, string>
        {
            ["Logging:Format"] = format,
            ["DirectLine:Secret"] = secrets["Direct Line secret"],
            ["BotConnector:MicrosoftAppId"] = TestTokens.AppId,
            ["BotConnector:MicrosoftAppPassword"] = secrets["Bot Connector app password"],
            ["BotConnector:OpenIdMetadataUrl"] = connector.MetadataUrl,
            ["BotConnector:TokenEndpoint"] = connector.TokenEndpoint,
            ["Delivery:PollInterval"] = "00:00:00.200",
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = "9",
            ["Delivery:Smtp:UserName"] = "intakebot",
            ["Delivery:Smtp:Password"] = secrets["SMTP password"],
            ["Delivery:Organisations:kracht-den-haag:Email"] = "klachten@kracht.example",
            ["Delivery:Organisations:kracht-den-haag:WebhookUrl"] = "http://127.0.0.1:9/hook",
            ["Delivery:Organisations:kracht-den-haag:WebhookSecret"] = secrets["webhook secret"],
        };

        string console;
        CapturedLogs provided;
        using (var capture = new ConsoleCapture())
        {
            await using (var host = new ConfiguredHost(settings, trace: true))
            {
                provided = host.Logs;
                using var http = host.CreateClient();
                var (conversationId, token) = await DirectLineCalls.StartAsync(http, secrets["Direct Line secret"]);
                secrets["Direct Line token"] = token;
                var reference = await RunIntakeAsync(http, conversationId, token, typed);

                var bearer = TestTokens.Rs256(signingKey, TestTokens.Claims(DateTimeOffset.UtcNow, connector.ServiceUrl));
                secrets["Bot Connector bearer token"] = bearer;
                using (var teams = await http.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(connector.ServiceUrl, typed["story sentence"]), bearer)))
                {
                    // Authenticated and handled; the reply's delivery to the fake connector may fail (502), which logs too.
                    Assert.True((int)teams.StatusCode is not (401 or 403), "Bot Connector request refused: " + (int)teams.StatusCode);
                }

                var (password, cookie) = await SignInAndViewAsync(host, reference);
                secrets["staff password"] = password;
                secrets["staff cookie"] = cookie;
                secrets["outbound connector token"] = "outbound-token-";
            }

            console = capture.Text;
        }

        var hits = Hits([.. provided.Lines, .. console.Split('\n')], secrets.Concat(typed)).ToList();
        Assert.True(hits.Count == 0, $"{hits.Count} log line(s) hold a secret or a personal value:{Environment.NewLine}" + string.Join(Environment.NewLine, hits.Take(20)));
        Assert.Contains(provided.Lines, line => line.Contains("| Trace |", StringComparison.Ordinal));
        Assert.Contains(format == "json" ? "\"LogLevel\":" : "info:", console, StringComparison.Ordinal);
    }

    private static async Task<string> RunIntakeAsync(HttpClient http, string conversationId, string token, Dictionary<string, string> typed)
    {
        await DirectLineCalls.PostAsync(http, conversationId, token, """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag","language":"nl"},"from":{"id":"u"}}""");
        string[] texts =
        [
            "ik ben jong", typed["story sentence"], typed["second story sentence"], "klaar", "ja", "ja", "nee",
            "sla over", "sla over", "sla over", "sla over", "sla over", typed["crisis message"], "verder",
            typed["name"], typed["phone"], typed["e-mail"], "ja", "nee", "klopt", "nee",
        ];
        foreach (var text in texts)
        {
            await DirectLineCalls.PostAsync(http, conversationId, token, JsonSerializer.Serialize(new { type = "message", text, from = new { id = "u" } }));
        }

        var activities = await DirectLineCalls.ActivitiesAsync(http, conversationId, token);
        var withReference = activities.Where(a => a.TryGetProperty("channelData", out var data) && data.TryGetProperty("caseReference", out _)).ToList();
        Assert.True(withReference.Count > 0, "The intake did not end in a case: " + string.Join(" / ", activities.Select(a => a.TryGetProperty("text", out var t) ? t.GetString() : "")));
        return withReference[^1].GetProperty("channelData").GetProperty("caseReference").GetString()!;
    }

    private static async Task<(string Password, string Cookie)> SignInAndViewAsync(ConfiguredHost host, string reference)
    {
        const string Password = StaffWebFactory.Password;
        var email = "officier." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + "@kracht-den-haag.example.org";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var (user, errors) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, "kracht-den-haag", StaffRoles.Officer, "Officier", Password);
            Assert.True(user is not null, string.Join("; ", errors));
        }

        using var staff = new StaffClient(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var signIn = await staff.SignInAsync(email, Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("intakebot.staff=", StringComparison.Ordinal));
        await staff.GetPageAsync("/staff/cases/" + reference);
        return (Password, cookie["intakebot.staff=".Length..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private static Dictionary<string, string> Typed(Faker faker)
    {
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var digits = faker.Random.Number(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var ascii = new string([.. first.ToLowerInvariant().Where(char.IsAsciiLetter)]);
        return new(StringComparer.Ordinal)
        {
            ["name"] = first + " " + last,
            ["phone"] = "06 " + digits,
            ["phone digits"] = "06" + digits,
            ["e-mail"] = $"{ascii}.{digits}@example.nl",
            ["story sentence"] = $"mijn begeleider {faker.Name.FirstName()} schreeuwde tegen mij",
            ["second story sentence"] = $"dat gebeurde in de {faker.Address.StreetName()} bij {faker.Company.CompanyName()}",
            ["crisis message"] = "ik wil niet meer leven",
        };
    }

    private static IEnumerable<string> Hits(IEnumerable<string> lines, IEnumerable<KeyValuePair<string, string>> needles)
    {
        var list = needles.Where(n => n.Value.Length >= 6).ToList();
        foreach (var line in lines)
        {
            var redacted = line;
            var found = false;
            foreach (var (label, value) in list)
            {
                if (redacted.Contains(value, StringComparison.OrdinalIgnoreCase))
                {
                    redacted = redacted.Replace(value, $"[{label}]", StringComparison.OrdinalIgnoreCase);
                    found = true;
                }
            }

            if (found)
            {
                yield return redacted.Length > 400 ? redacted[..400] + "…" : redacted;
            }
        }
    }

    private static string Random(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
