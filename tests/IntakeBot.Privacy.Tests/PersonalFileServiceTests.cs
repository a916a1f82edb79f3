using System.Text;
using System.Text.Json;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Privacy.Tests;

public sealed class PersonalFileServiceTests
{
    private static readonly StaffActor Admin = new("u-admin", "Beheerder Kracht", SyntheticCases.Kracht);

    [Fact]
    public async Task Export_HoldsFieldsRouteTimelineWithNotesAndReadableTranscript()
    {
        var world = new RetentionWorld();
        var intake = world.Synthetic.Make(SyntheticCases.Kracht, world.Now.AddDays(-3));
        world.Cases.Add(intake);
        await world.Cases.AddNoteAsync(CaseScope.For(SyntheticCases.Kracht), intake.Reference, "Gebeld met moeder, terugbellen vrijdag", Admin, world.Now.AddDays(-1));
        await world.ChatAsync(intake.ConversationId, intake.CreatedAt, "Mijn naam is " + intake.Fields[CaseFieldNames.Name]);

        var bytes = await world.Files.ExportAsync(CaseScope.For(SyntheticCases.Kracht), intake.Reference.ToLowerInvariant(), Admin);

        Assert.NotNull(bytes);
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal(intake.Reference, root.GetProperty("reference").GetString());
        Assert.Equal("klacht", root.GetProperty("kind").GetString());
        Assert.Equal(intake.Fields[CaseFieldNames.Email], root.GetProperty("fields").GetProperty("email").GetString());
        Assert.Equal(intake.Fields[CaseFieldNames.Name], root.GetProperty("fields").GetProperty("name").GetString());
        Assert.Equal("Klachtenfunctionaris", root.GetProperty("route")[0].GetProperty("name").GetString());
        Assert.Contains(root.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("type").GetString() == "note" && e.GetProperty("detail").GetString()!.StartsWith("Gebeld", StringComparison.Ordinal));
        var transcript = root.GetProperty("transcript");
        Assert.Equal("user", transcript[0].GetProperty("from").GetString());
        Assert.Equal("bot", transcript[1].GetProperty("from").GetString());
        Assert.Equal("Waar gaat het over? [Een klacht] [Een compliment]", transcript[1].GetProperty("text").GetString());
        Assert.Contains("\n  ", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var audit = Assert.Single(world.Audit.Entries);
        Assert.Equal((AuditActions.Exported, intake.Reference, Admin.Id), (audit.Action, audit.Reference, audit.ActorId));
        Assert.Contains((await world.Cases.TimelineAsync(CaseScope.For(SyntheticCases.Kracht), intake.Reference)), e => e.Type == TimelineEntryTypes.Exported);
    }

    [Fact]
    public async Task Export_OfAnotherOrganisationsCase_IsNotFoundAndNotAudited()
    {
        var world = new RetentionWorld();
        var blijf = world.Synthetic.Make(SyntheticCases.Blijf, world.Now.AddDays(-3));
        world.Cases.Add(blijf);

        Assert.Null(await world.Files.ExportAsync(CaseScope.For(SyntheticCases.Kracht), blijf.Reference, Admin));
        Assert.False(await world.Files.EraseAsync(CaseScope.For(SyntheticCases.Kracht), blijf.Reference, Admin));
        Assert.True(world.Cases.Contains(blijf.Reference));
        Assert.Empty(world.Audit.Entries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("KL-0000-00")]
    [InlineData("'; DROP TABLE cases; --")]
    [InlineData("😀😀😀")]
    public async Task Export_OfNonsense_IsNotFound(string reference)
    {
        var world = new RetentionWorld();

        Assert.Null(await world.Files.ExportAsync(CaseScope.For(SyntheticCases.Kracht), reference, Admin));
    }

    [Fact]
    public async Task Transcript_WithDamagedOrNonMessageEntries_StillExports()
    {
        var world = new RetentionWorld();
        var intake = world.Synthetic.Make(SyntheticCases.Kracht, world.Now.AddDays(-3));
        world.Cases.Add(intake);
        await world.Transcripts.AppendAsync(new(intake.ConversationId, 0, intake.CreatedAt, Casework.Transcripts.TranscriptDirection.Incoming, "{not json"));
        await world.Transcripts.AppendAsync(new(intake.ConversationId, 0, intake.CreatedAt, Casework.Transcripts.TranscriptDirection.Outgoing, """{"type":"typing"}"""));
        await world.Transcripts.AppendAsync(new(intake.ConversationId, 0, intake.CreatedAt, Casework.Transcripts.TranscriptDirection.Incoming, """{"type":"message","text":"<script>alert(1)</script>"}"""));

        var file = await world.Files.ReadAsync(CaseScope.For(SyntheticCases.Kracht), intake.Reference);

        var line = Assert.Single(file!.Transcript);
        Assert.Equal("<script>alert(1)</script>", line.Text);
    }

    [Fact]
    public async Task Erase_DeletesCaseAndTranscript_KeepsTheFact_AndIsAudited()
    {
        var world = new RetentionWorld();
        var intake = world.Synthetic.Make(SyntheticCases.Kracht, world.Now.AddDays(-3));
        world.Cases.Add(intake);
        await world.ChatAsync(intake.ConversationId, intake.CreatedAt);

        Assert.True(await world.Files.EraseAsync(CaseScope.For(SyntheticCases.Kracht), intake.Reference, Admin));

        Assert.False(world.Cases.Contains(intake.Reference));
        Assert.False(world.Transcripts.Has(intake.ConversationId));
        Assert.True(Assert.Single(world.Cases.AllFacts).Deleted);
        var audit = Assert.Single(world.Audit.Entries);
        Assert.Equal((AuditActions.Erased, intake.Reference, Admin.Id, SyntheticCases.Kracht), (audit.Action, audit.Reference, audit.ActorId, audit.OrganisationId));
        Assert.False(await world.Files.EraseAsync(CaseScope.For(SyntheticCases.Kracht), intake.Reference, Admin));
    }
}
