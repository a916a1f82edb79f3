using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff;

/// <summary>The register, transcript and timeline endpoints and the OpenAPI document, on the real host (SQLite).</summary>
public sealed class StaffRegisterApiTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    private readonly StaffCases _cases = new(seed: 23);

    [Fact]
    public async Task The_register_lists_only_the_keys_organisation_with_filters_and_paging()
    {
        var organisation = "blijf-groep";
        var klacht = _cases.Next(organisation, Conversation(), Kind.Klacht);
        var compliment = _cases.Next(organisation, Conversation(), Kind.Compliment, minutes: 1);
        var other = _cases.Next("zorgkracht12", Conversation(), Kind.Klacht, minutes: 2);
        foreach (var c in new[] { klacht, compliment, other })
        {
            await factory.Cases.CreateAsync(c);
        }

        using var client = factory.ClientWithKey(await KeyAsync(organisation));
        var all = await client.GetFromJsonAsync<JsonElement>("/api/staff/register?take=200");
        var references = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()).ToList();
        var klachten = await client.GetFromJsonAsync<JsonElement>("/api/staff/register?kind=klacht&status=nieuw&take=200");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/staff/register?take=1");

        Assert.Contains(klacht.Reference, references);
        Assert.Contains(compliment.Reference, references);
        Assert.DoesNotContain(other.Reference, references);
        Assert.All(all.GetProperty("items").EnumerateArray(), i => Assert.Equal(organisation, i.GetProperty("organisationId").GetString()));
        Assert.All(all.GetProperty("items").EnumerateArray(), i => Assert.False(i.TryGetProperty("fields", out _)));
        Assert.All(klachten.GetProperty("items").EnumerateArray(), i => Assert.Equal("klacht", i.GetProperty("kind").GetString()));
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
    }

    [Theory]
    [InlineData("kind=boos")]
    [InlineData("status=3")]
    [InlineData("from=22-11-2026")]
    [InlineData("take=0")]
    [InlineData("take=100000")]
    [InlineData("skip=-1")]
    public async Task Bad_filters_get_a_clear_400(string query)
    {
        using var client = factory.ClientWithKey(await KeyAsync("kracht-den-haag"));
        using var response = await client.GetAsync("/api/staff/register?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("assignedTo=' OR '1'='1")]
    [InlineData("assignedTo=x'; DROP TABLE cases; --")]
    [InlineData("from=2026-01-01&to=2026-12-31&assignedTo=%22%29%3B--")]
    public async Task Injection_attempts_in_filters_are_only_values(string query)
    {
        var mine = _cases.Next("veilig-thuis-hollands-midden", Conversation());
        await factory.Cases.CreateAsync(mine);
        using var client = factory.ClientWithKey(await KeyAsync("veilig-thuis-hollands-midden"));

        var body = await client.GetFromJsonAsync<JsonElement>("/api/staff/register?" + query);

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.NotNull(await factory.Cases.GetAsync(mine.Reference));
    }

    [Fact]
    public async Task The_transcript_comes_in_order_highlighted_or_redacted_and_never_for_another_organisation()
    {
        var conversation = Conversation();
        var mine = _cases.Next("cjg-westelijke-mijnstreek", conversation, Kind.Klacht);
        await factory.Cases.CreateAsync(mine);
        var name = mine.Fields[CaseFieldNames.Name];
        var transcripts = factory.Services.GetRequiredService<ITranscriptStore>();
        await transcripts.AppendAsync(new TranscriptEntry(conversation, 0, factory.Clock.GetUtcNow(), TranscriptDirection.Incoming, $$"""{"type":"message","text":"ik heet {{name}} <script>alert(1)</script>"}"""));
        await transcripts.AppendAsync(new TranscriptEntry(conversation, 0, factory.Clock.GetUtcNow(), TranscriptDirection.Outgoing, """{"type":"message","text":"Wat is je naam?"}"""));

        using var client = factory.ClientWithKey(await KeyAsync("cjg-westelijke-mijnstreek"));
        var lines = await client.GetFromJsonAsync<JsonElement>($"/api/staff/cases/{mine.Reference}/transcript");
        var redacted = await client.GetFromJsonAsync<JsonElement>($"/api/staff/cases/{mine.Reference}/transcript?redacted=true");
        using var other = factory.ClientWithKey(await KeyAsync("kracht-den-haag"));
        using var refused = await other.GetAsync($"/api/staff/cases/{mine.Reference}/transcript");

        Assert.Equal(["in", "out"], lines.EnumerateArray().Select(l => l.GetProperty("direction").GetString()));
        Assert.Equal("name", lines[0].GetProperty("highlights")[0].GetProperty("field").GetString());
        Assert.DoesNotContain(name, redacted[0].GetProperty("text").GetString()!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_timeline_and_every_read_are_audited_under_the_api_key()
    {
        var mine = _cases.Next("zorgkracht12", Conversation(), Kind.Klacht);
        await factory.Cases.CreateAsync(mine);
        var key = await factory.Keys.CreateAsync("zorgkracht12", "audit");
        using var client = factory.ClientWithKey(key.Secret);

        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/staff/cases/{mine.Reference}/timeline");
        _ = await client.GetFromJsonAsync<JsonElement>($"/api/staff/cases/{mine.Reference}/transcript");

        Assert.Equal(TimelineEntryTypes.Created, timeline[0].GetProperty("type").GetString());
        var audit = factory.Services.GetRequiredService<IAuditLog>();
        var entries = await audit.QueryAsync(CaseScope.For("zorgkracht12"), new AuditQuery(Reference: mine.Reference));
        Assert.Contains(entries, e => e.Action == AuditActions.CaseRead && e.ActorId == "apikey:" + key.Key.Id);
        Assert.Contains(entries, e => e.Action == AuditActions.TranscriptRead);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints_and_the_api_key()
    {
        using var client = factory.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/staff/register", out _));
        Assert.True(paths.TryGetProperty("/api/staff/cases/{reference}/transcript", out _));
        Assert.True(paths.TryGetProperty("/api/staff/cases/{reference}/timeline", out _));
        Assert.Equal("apiKey", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("type").GetString());
    }

    private static string Conversation() => "gesprek-" + Guid.NewGuid().ToString("N");

    private async Task<string> KeyAsync(string organisationId) => (await factory.Keys.CreateAsync(organisationId, "test")).Secret;
}
