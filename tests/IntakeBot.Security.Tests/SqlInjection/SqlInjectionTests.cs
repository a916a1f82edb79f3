using System.Net;
using System.Net.Http.Headers;
using IntakeBot.Bot.Tests.Staff;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Security.Tests.Support;
using IntakeBot.Storage.ApiKeys;
using IntakeBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Security.Tests.SqlInjection;

/// <summary>
/// Catalogue item 6, SQL injection: the staff API's register filters, case and conversation lookups, and Direct Line
/// conversation ids and watermarks, fed injection strings on the real host over SQLite and over PostgreSQL, answer
/// correctly (nothing found, or 400; never 500, never another organisation's case) and harm no table: every case is
/// still there and the normal filter still finds them. The staff web filters are fed the same strings in the Bot tests'
/// InjectionTests.AttackInEveryFilter_GivesANormalPage (memory register); the stores' own contract suites in
/// IntakeBot.Storage.Tests run such strings on SQLite and PostgreSQL.
/// </summary>
public sealed class SqlInjectionTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly string[] Payloads =
    [
        "' OR '1'='1",
        "'; DROP TABLE cases; --",
        "1; DELETE FROM cases",
        "\" OR \"\"=\"",
        "%' --",
        "x' UNION SELECT secret_hash, organisation_id FROM api_keys --",
        "'); UPDATE cases SET organisation_id = 'kracht-den-haag'; --",
        "klacht' AND pg_sleep(0) IS NULL --",
    ];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task InjectionStrings_InFiltersIdsAndWatermarks_FindNothingAndHarmNothing(string provider)
    {
        var settings = new Dictionary<string, string> { ["DirectLine:Secret"] = "sql-injection-secret-4f1c2a9e5b3d" };
        if (provider == "postgres")
        {
            settings["Storage:Provider"] = "postgres";
            settings["Storage:PostgresConnectionString"] = database.NewSchema();
        }

        await using var host = new ConfiguredHost(settings);
        var store = host.Services.GetRequiredService<ICaseStore>();
        var samples = new StaffCases(7);
        var own = new List<IntakeCase>();
        for (var i = 0; i < 3; i++)
        {
            own.Add(samples.Next("kracht-den-haag", "gesprek-own-" + i, Kind.Klacht, i));
            await store.CreateAsync(own[^1]);
        }

        var other = samples.Next("blijf-groep", "gesprek-other", Kind.Klacht);
        await store.CreateAsync(other);
        var key = await host.Services.GetRequiredService<IApiKeyStore>().CreateAsync("kracht-den-haag", "sql");
        using var api = host.CreateClient();
        api.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key.Secret);
        using var directLine = host.CreateClient();
        directLine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings["DirectLine:Secret"]);
        var failures = new List<string>();

        foreach (var payload in Payloads)
        {
            var value = Uri.EscapeDataString(payload);
            foreach (var path in new[]
            {
                $"/api/staff/register?kind={value}", $"/api/staff/register?status={value}", $"/api/staff/register?from={value}",
                $"/api/staff/register?to={value}", $"/api/staff/register?assignedTo={value}", $"/api/staff/cases?conversationId={value}",
                $"/api/staff/cases/{value}", $"/api/staff/cases/{value}/transcript", $"/api/staff/cases/{value}/timeline",
            })
            {
                await CheckAsync(api, path, other.Reference, own, failures);
            }

            await CheckAsync(directLine, $"/v3/directline/conversations/{value}/activities", other.Reference, own, failures);
            await CheckAsync(directLine, $"/v3/directline/conversations/{value}", other.Reference, own, failures);
        }

        var (conversation, token) = await Bot.Tests.Support.DirectLineCalls.StartAsync(directLine, settings["DirectLine:Secret"]);
        foreach (var payload in Payloads)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation}/activities?watermark={Uri.EscapeDataString(payload)}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await directLine.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"watermark {payload}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        foreach (var c in own.Append(other))
        {
            Assert.Equal(c.OrganisationId, (await store.GetAsync(c.Reference))?.OrganisationId);
        }

        var register = await api.GetStringAsync("/api/staff/register?kind=klacht");
        Assert.All(own, c => Assert.Contains(c.Reference, register, StringComparison.Ordinal));
        Assert.DoesNotContain(other.Reference, register, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/staff/register")).StatusCode);
    }

    // Found nothing (empty list, 404) or refused (400): both are correct answers. Anything else, or a hit, is not.
    private static async Task CheckAsync(HttpClient client, string path, string otherReference, List<IntakeCase> own, List<string> failures)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
        {
            failures.Add($"{path}: {(int)response.StatusCode}");
        }

        if (body.Contains(otherReference, StringComparison.Ordinal) || own.Any(c => body.Contains(c.Reference, StringComparison.Ordinal)))
        {
            failures.Add($"{path}: an injection string found cases");
        }
    }
}
