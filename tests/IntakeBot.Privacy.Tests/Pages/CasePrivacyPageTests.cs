using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntakeBot.Casework.Audit;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Privacy.Tests.Pages;

public sealed partial class CasePrivacyPageTests(PrivacyHostFactory host) : IClassFixture<PrivacyHostFactory>
{
    [Fact]
    public async Task Admin_SeesThePrivacyPage_AndTheReadIsAudited()
    {
        var intake = await NewCaseAsync();
        using var client = host.ClientFor(SyntheticCases.Kracht, "admin", id: "u-page-" + intake.Reference);

        var html = await client.GetStringAsync($"/staff/cases/{intake.Reference}/privacy");

        Assert.Contains(intake.Reference, html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.Contains("handler=Download", html, StringComparison.Ordinal);
        Assert.DoesNotContain(intake.Fields[CaseFieldNames.Name], html, StringComparison.Ordinal);
        Assert.Contains(host.World.Audit.Entries, e => e.ActorId == "u-page-" + intake.Reference && e.Action == AuditActions.CaseRead && e.Reference == intake.Reference);
    }

    [Theory]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    [InlineData("reviewer", HttpStatusCode.Forbidden)]
    public async Task OtherRoles_AreForbidden(string role, HttpStatusCode expected)
    {
        var intake = await NewCaseAsync();
        using var client = host.ClientFor(SyntheticCases.Kracht, role);

        Assert.Equal(expected, (await client.GetAsync($"/staff/cases/{intake.Reference}/privacy")).StatusCode);
        Assert.Equal(expected, (await client.GetAsync($"/staff/cases/{intake.Reference}/privacy?handler=Download")).StatusCode);
    }

    [Fact]
    public async Task AdminOfAnotherOrganisation_FindsNothing()
    {
        var intake = await NewCaseAsync();
        using var client = host.ClientFor(SyntheticCases.Blijf, "admin", id: "u-other-" + intake.Reference);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/cases/{intake.Reference}/privacy")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/cases/{intake.Reference}/privacy?handler=Download")).StatusCode);
        Assert.DoesNotContain(host.World.Audit.Entries, e => e.ActorId == "u-other-" + intake.Reference);
    }

    [Fact]
    public async Task Download_IsTheWholeFileAsJson_AndAudited()
    {
        var intake = await NewCaseAsync();
        using var client = host.ClientFor(SyntheticCases.Kracht, "admin", id: "u-export-" + intake.Reference);

        using var response = await client.GetAsync($"/staff/cases/{intake.Reference}/privacy?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(intake.Reference + ".json", response.Content.Headers.ContentDisposition!.FileName);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(intake.Fields[CaseFieldNames.Email], json.RootElement.GetProperty("fields").GetProperty("email").GetString());
        Assert.Contains(host.World.Audit.Entries, e => e.ActorId == "u-export-" + intake.Reference && e.Action == AuditActions.Exported);
    }

    [Fact]
    public async Task Erase_WithAWrongReference_ErasesNothing()
    {
        var intake = await NewCaseAsync();
        using var client = host.ClientFor(SyntheticCases.Kracht, "admin");
        var token = await TokenAsync(client, intake.Reference);

        var html = await PostEraseAsync(client, intake.Reference, token, "KL-3333-33");

        Assert.Contains("Het zaaknummer klopt niet.", html, StringComparison.Ordinal);
        Assert.True(host.World.Cases.Contains(intake.Reference));
    }

    [Fact]
    public async Task Erase_WithTheRetypedReference_DeletesCaseAndTranscript()
    {
        var intake = await NewCaseAsync();
        using var client = host.ClientFor(SyntheticCases.Kracht, "admin", id: "u-erase-" + intake.Reference);
        var token = await TokenAsync(client, intake.Reference);

        var html = await PostEraseAsync(client, intake.Reference, token, intake.Reference.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));

        Assert.Contains($"Zaak {intake.Reference} is gewist.", html, StringComparison.Ordinal);
        Assert.False(host.World.Cases.Contains(intake.Reference));
        Assert.False(host.World.Transcripts.Has(intake.ConversationId));
        Assert.Contains(host.World.Audit.Entries, e => e.ActorId == "u-erase-" + intake.Reference && e.Action == AuditActions.Erased && e.Reference == intake.Reference);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/cases/{intake.Reference}/privacy")).StatusCode);
    }

    [Fact]
    public async Task Erase_WithoutTheAntiforgeryToken_IsRefused()
    {
        var intake = await NewCaseAsync();
        using var client = host.ClientFor(SyntheticCases.Kracht, "admin");

        using var response = await client.PostAsync(
            $"/staff/cases/{intake.Reference}/privacy?handler=Erase",
            new FormUrlEncodedContent([new("confirmation", intake.Reference)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(host.World.Cases.Contains(intake.Reference));
    }

    [Fact]
    public async Task AuditPage_ListsTheOrganisationsEntries_FilteredByCase()
    {
        var intake = await NewCaseAsync();
        using var admin = host.ClientFor(SyntheticCases.Kracht, "admin", id: "u-audit");
        await admin.GetAsync($"/staff/cases/{intake.Reference}/privacy?handler=Download");
        await host.World.Audit.RecordAsync(new AuditEntry(host.World.Now, "u-blijf", "Blijf medewerker", SyntheticCases.Blijf, AuditActions.CaseRead, intake.Reference));

        var html = await admin.GetStringAsync($"/staff/audit?reference={intake.Reference.ToLowerInvariant()}");

        Assert.Contains(AuditActions.Exported, html, StringComparison.Ordinal);
        Assert.Contains("u-audit", html, StringComparison.Ordinal);
        Assert.DoesNotContain("u-blijf", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=not-a-date")]
    [InlineData("?reference=%3Cscript%3E")]
    [InlineData("?to=2026-02-30")]
    public async Task AuditPage_WithABadFilter_SaysSo(string query)
    {
        using var admin = host.ClientFor(SyntheticCases.Kracht, "admin");

        var html = await admin.GetStringAsync("/staff/audit" + query);

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_IsForAdminsOnly()
    {
        using var officer = host.ClientFor(SyntheticCases.Kracht, "officer");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/staff/audit")).StatusCode);
    }

    private async Task<IntakeCase> NewCaseAsync()
    {
        var intake = host.World.Synthetic.Make(SyntheticCases.Kracht, host.World.Now.AddDays(-3));
        host.World.Cases.Add(intake);
        await host.World.ChatAsync(intake.ConversationId, intake.CreatedAt);
        return intake;
    }

    private static async Task<string> TokenAsync(HttpClient client, string reference)
    {
        var html = await client.GetStringAsync($"/staff/cases/{reference}/privacy");
        return TokenPattern().Match(html).Groups[1].Value;
    }

    private static async Task<string> PostEraseAsync(HttpClient client, string reference, string token, string confirmation)
    {
        using var response = await client.PostAsync(
            $"/staff/cases/{reference}/privacy?handler=Erase",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("confirmation", confirmation)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
