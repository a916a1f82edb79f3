using System.Net;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Staff.Web;

public sealed class CasePageTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task CasePage_ShowsFieldsRouteAndTranscript_WithTheCasesValuesMarked()
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);

        var page = await officer.GetPageAsync("/staff/cases/" + c.Reference);

        Assert.Contains("<dt>Naam</dt>", page, StringComparison.Ordinal);
        Assert.Contains(c.Fields[CaseFieldNames.Name], page, StringComparison.Ordinal);
        Assert.Contains("Meldpunt", page, StringComparison.Ordinal);
        Assert.Contains("class=\"user\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"bot\"", page, StringComparison.Ordinal);
        Assert.Contains("<mark>" + c.Fields[CaseFieldNames.Name] + "</mark>", page, StringComparison.Ordinal);
        Assert.Contains(await factory.AuditAsync(c.Reference), e => e.Action == AuditActions.CaseRead && e.Reference == c.Reference);
        Assert.Contains(await factory.AuditAsync(c.Reference), e => e.Action == AuditActions.TranscriptRead && e.Reference == c.Reference);
    }

    [Fact]
    public async Task RedactedView_ReplacesThePersonsName()
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);

        var page = await officer.GetPageAsync("/staff/cases/" + c.Reference + "?view=redacted");
        var transcript = page[page.IndexOf("<ol class=\"transcript\">", StringComparison.Ordinal)..];

        Assert.DoesNotContain(c.Fields[CaseFieldNames.Name], transcript, StringComparison.Ordinal);
        Assert.Contains("[naam]", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_AcknowledgesAssignsAndNotes_AndEachIsAudited()
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        var path = "/staff/cases/" + c.Reference;

        using var status = await officer.PostFormAsync(path + "?handler=status", [new("status", "ontvangst-bevestigd"), new("version", "1")], tokenFrom: path);
        using var note = await officer.PostFormAsync(path + "?handler=note", [new("text", "Melder gebeld, afspraak gemaakt.")], tokenFrom: path);
        var actor = (await factory.TimelineAsync(c.Reference)).Single(e => e.Type == TimelineEntryTypes.Note).ActorId!;
        using var assign = await officer.PostFormAsync(path + "?handler=assign", [new("assignee", actor)], tokenFrom: path);
        var page = await officer.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, assign.StatusCode);
        Assert.Equal(CaseStatus.OntvangstBevestigd, (await factory.RecordAsync(c.Reference)).Case.Status);
        Assert.Equal(actor, (await factory.RecordAsync(c.Reference)).AssignedToId);
        Assert.Contains("Melder gebeld, afspraak gemaakt.", page, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"case-status\">Ontvangst bevestigd</dd>", page, StringComparison.Ordinal);
        foreach (var action in new[] { AuditActions.StatusChanged, AuditActions.NoteAdded, AuditActions.Assigned })
        {
            Assert.Contains(await factory.AuditAsync(c.Reference), e => e.Action == action && e.Reference == c.Reference && e.ActorId == actor);
        }
    }

    [Fact]
    public async Task Closing_NeedsOutcomeAndNature()
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        var path = "/staff/cases/" + c.Reference;

        using var without = await officer.PostFormAsync(path + "?handler=status", [new("status", "afgehandeld")], tokenFrom: path);
        using var with = await officer.PostFormAsync(path + "?handler=status", [new("status", "afgehandeld"), new("outcome", "deels-gegrond"), new("nature", "communicatie")], tokenFrom: path);

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, with.StatusCode);
        var record = await factory.RecordAsync(c.Reference);
        Assert.Equal((CaseStatus.Afgehandeld, CaseOutcome.DeelsGegrond, ComplaintNature.Communicatie), (record.Case.Status, record.Outcome, record.Nature));
    }

    [Fact]
    public async Task StaleVersion_IsAConflict()
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        var path = "/staff/cases/" + c.Reference;
        await officer.PostFormAsync(path + "?handler=status", [new("status", "in-behandeling"), new("version", "1")], tokenFrom: path);

        using var stale = await officer.PostFormAsync(path + "?handler=status", [new("status", "doorverwezen"), new("version", "1")], tokenFrom: path);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(CaseStatus.InBehandeling, (await factory.RecordAsync(c.Reference)).Case.Status);
    }

    [Theory]
    [InlineData("?handler=status", "status", "ontvangst-bevestigd")]
    [InlineData("?handler=note", "text", "Notitie van een meelezer")]
    [InlineData("?handler=assign", "assignee", "")]
    public async Task Reviewer_ReadsButCannotChange(string handler, string field, string value)
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var reviewer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Reviewer);
        var path = "/staff/cases/" + c.Reference;

        var page = await reviewer.GetPageAsync(path);
        using var response = await reviewer.PostFormAsync(path + handler, [new(field, value)], tokenFrom: "/staff");

        Assert.DoesNotContain("handler=status", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(CaseStatus.Nieuw, (await factory.RecordAsync(c.Reference)).Case.Status);
        Assert.Single(await factory.TimelineAsync(c.Reference));
    }

    [Fact]
    public async Task OfficerAndReviewer_CannotOpenTheUsersPage()
    {
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var reviewer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Reviewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/staff/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/staff/users")).StatusCode);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        var path = "/staff/cases/" + c.Reference;

        using var status = await officer.PostWithoutTokenAsync(path + "?handler=status", [new("status", "ontvangst-bevestigd")]);
        using var note = await officer.PostWithoutTokenAsync(path + "?handler=note", [new("text", "x")]);
        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        using var users = await admin.PostWithoutTokenAsync("/staff/users?handler=create", [new("email", "nieuw@example.org"), new("name", "N"), new("role", "admin")]);
        using var signIn = factory.NewClient();
        using var signInPost = await signIn.PostWithoutTokenAsync("/staff/signin", [new("email", "a@example.org"), new("password", "x")]);

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, note.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, users.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signInPost.StatusCode);
        Assert.Equal(CaseStatus.Nieuw, (await factory.RecordAsync(c.Reference)).Case.Status);
    }

    [Fact]
    public async Task List_FlagsOverdueCases_AndFailedDeliveries()
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht, deadline: new DateOnly(2020, 1, 1));
        await factory.Deliveries.SaveAsync(new DeliveryState(1, c.Reference, StaffWebCases.Kracht, DeliveryTargets.Email, 3, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(5), null, "SMTP 451"));
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);

        var page = await officer.GetPageAsync("/staff?overdue=true");
        var row = page[page.IndexOf("data-reference=\"" + c.Reference + "\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var casePage = await officer.GetPageAsync("/staff/cases/" + c.Reference);

        Assert.Contains("badge overdue", row, StringComparison.Ordinal);
        Assert.Contains("badge delivery", row, StringComparison.Ordinal);
        Assert.Contains("SMTP 451", casePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownReference_IsNotFound()
    {
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/cases/KL-0000-00")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/cases/%3Cscript%3E")).StatusCode);
    }
}
