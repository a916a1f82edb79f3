using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Privacy;
using IntakeBot.Content.Model;

namespace IntakeBot.Privacy.Tests;

public sealed class RetentionRunTests
{
    [Fact]
    public void Policy_ReadsTheTermsFromContent_AndTheDefaultForOthers()
    {
        var policy = new RetentionPolicy(Content.Catalog, new PrivacyOptions { DefaultRetentionYears = 3 });

        Assert.Equal(2, policy.YearsFor(SyntheticCases.Kracht));
        Assert.Equal(5, policy.YearsFor(SyntheticCases.Blijf));
        Assert.Equal(3, policy.YearsFor(SyntheticCases.VeiligThuis));
        Assert.Equal(3, policy.YearsFor("unknown-organisation"));
        Assert.Contains(SyntheticCases.Kracht, policy.OrganisationIds);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Policy_RejectsADefaultOutOfRange(int years) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPolicy(Content.Catalog, new PrivacyOptions { DefaultRetentionYears = years }));

    [Fact]
    public async Task KrachtCaseClosedTwoYearsAndADayAgo_IsDeletedWithItsTranscript()
    {
        var world = new RetentionWorld();
        var closedAt = world.Now.AddYears(-2).AddDays(-1);
        var old = world.Synthetic.Make(SyntheticCases.Kracht, closedAt.AddDays(-30));
        world.Cases.Add(old, closedAt);
        await world.ChatAsync(old.ConversationId, old.CreatedAt);

        var result = await world.Run.RunAsync();

        Assert.False(world.Cases.Contains(old.Reference));
        Assert.False(world.Transcripts.Has(old.ConversationId));
        Assert.Equal(new RetentionResult(1, 1, 0), result);
        var entry = Assert.Single(world.Audit.Entries);
        Assert.Equal((RetentionRun.ActorId, AuditActions.RetentionDeleted, old.Reference, SyntheticCases.Kracht), (entry.ActorId, entry.Action, entry.Reference, entry.OrganisationId));
        Assert.DoesNotContain(old.Fields[Intake.Cases.CaseFieldNames.Name], entry.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task KrachtCaseClosedOneYearAnd364DaysAgo_IsKept()
    {
        var world = new RetentionWorld();
        var closedAt = world.Now.AddYears(-1).AddDays(-364);
        var recent = world.Synthetic.Make(SyntheticCases.Kracht, closedAt.AddDays(-10));
        world.Cases.Add(recent, closedAt);
        await world.ChatAsync(recent.ConversationId, recent.CreatedAt);

        var result = await world.Run.RunAsync();

        Assert.True(world.Cases.Contains(recent.Reference));
        Assert.True(world.Transcripts.Has(recent.ConversationId));
        Assert.Equal(new RetentionResult(0, 0, 0), result);
        Assert.Empty(world.Audit.Entries);
    }

    [Fact]
    public async Task BlijfGroepCase_SurvivesUntilFiveYears()
    {
        var world = new RetentionWorld();
        var closedAt = world.Now.AddYears(-3);
        var blijf = world.Synthetic.Make(SyntheticCases.Blijf, closedAt.AddDays(-20));
        world.Cases.Add(blijf, closedAt);

        await world.Run.RunAsync();
        Assert.True(world.Cases.Contains(blijf.Reference));

        world.Clock.SetUtcNow(closedAt.AddYears(5).AddDays(-1));
        await world.Run.RunAsync();
        Assert.True(world.Cases.Contains(blijf.Reference));

        world.Clock.SetUtcNow(closedAt.AddYears(5).AddDays(1));
        await world.Run.RunAsync();
        Assert.False(world.Cases.Contains(blijf.Reference));
    }

    [Fact]
    public async Task DeletedCase_StillCountsInTheAnnualReport()
    {
        var world = new RetentionWorld();
        var closedAt = world.Now.AddYears(-2).AddDays(-5);
        var old = world.Synthetic.Make(SyntheticCases.Kracht, closedAt.AddDays(-12));
        world.Cases.Add(old, closedAt, Casework.Register.CaseOutcome.Gegrond, Casework.Register.ComplaintNature.Bejegening);
        var before = await world.Reports.BuildAsync(SyntheticCases.Kracht, old.CreatedAt.Year);

        await world.Run.RunAsync();
        var after = await world.Reports.BuildAsync(SyntheticCases.Kracht, old.CreatedAt.Year);

        Assert.False(world.Cases.Contains(old.Reference));
        Assert.Equal(1, after.Total);
        Assert.Equal(before, after with { ByKind = before.ByKind, ByNature = before.ByNature, ByOutcome = before.ByOutcome, ByStatus = before.ByStatus, ByChannel = before.ByChannel });
        Assert.Equal(before.ByNature, after.ByNature);
        Assert.Equal(1, after.ByOutcome.Single(c => c.Key == "gegrond").Count);
        Assert.True(Assert.Single(world.Cases.AllFacts).Deleted);
    }

    [Fact]
    public async Task SharedConversation_KeepsItsTranscriptWhileOneCaseRemains()
    {
        var world = new RetentionWorld();
        var conversation = "conv-shared";
        var oldClosed = world.Now.AddYears(-2).AddDays(-3);
        var first = world.Synthetic.Make(SyntheticCases.Kracht, oldClosed.AddDays(-40), Kind.Klacht, conversation);
        var second = world.Synthetic.Make(SyntheticCases.Blijf, oldClosed.AddDays(-40), Kind.Klacht, conversation);
        world.Cases.Add(first, oldClosed);
        world.Cases.Add(second, oldClosed);
        await world.ChatAsync(conversation, first.CreatedAt);

        var result = await world.Run.RunAsync();

        Assert.False(world.Cases.Contains(first.Reference));
        Assert.True(world.Cases.Contains(second.Reference));
        Assert.True(world.Transcripts.Has(conversation));
        Assert.Equal(new RetentionResult(1, 0, 0), result);
        Assert.Equal(CaseEraser.TranscriptKeptDetail, Assert.Single(world.Audit.Entries).Detail);

        world.Clock.Advance(TimeSpan.FromDays(365 * 3 + 1));
        await world.Run.RunAsync();

        Assert.False(world.Cases.Contains(second.Reference));
        Assert.False(world.Transcripts.Has(conversation));
    }

    [Fact]
    public async Task AbandonedChat_IsDeletedAfterThirtyDays_AndAChatWithACaseIsNot()
    {
        var world = new RetentionWorld();
        await world.ChatAsync("conv-abandoned", world.Now.AddDays(-31));
        await world.ChatAsync("conv-recent", world.Now.AddDays(-29));
        var open = world.Synthetic.Make(SyntheticCases.Kracht, world.Now.AddDays(-60));
        world.Cases.Add(open);
        await world.ChatAsync(open.ConversationId, open.CreatedAt);

        var result = await world.Run.RunAsync();

        Assert.False(world.Transcripts.Has("conv-abandoned"));
        Assert.True(world.Transcripts.Has("conv-recent"));
        Assert.True(world.Transcripts.Has(open.ConversationId));
        Assert.Equal(new RetentionResult(0, 0, 1), result);
        var entry = Assert.Single(world.Audit.Entries);
        Assert.Equal((RetentionRun.ActorId, RetentionRun.NoOrganisation, (string?)null), (entry.ActorId, entry.OrganisationId, entry.Reference));
    }

    [Fact]
    public async Task ManyDueCases_AreAllDeletedInOnePass()
    {
        var world = new RetentionWorld();
        var closedAt = world.Now.AddYears(-3);
        for (var i = 0; i < 250; i++)
        {
            world.Cases.Add(world.Synthetic.Make(SyntheticCases.Kracht, closedAt.AddDays(-1)), closedAt);
        }

        var result = await world.Run.RunAsync();

        Assert.Equal(250, result.CasesDeleted);
        Assert.Equal(250, world.Audit.Entries.Count);
        Assert.Equal(new RetentionResult(0, 0, 0), await world.Run.RunAsync());
    }
}
