using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Bot.Staff.Web;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Staff.Web;

public sealed class TranscriptViewTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Segments_SplitAtTheHighlights()
    {
        var segments = TranscriptView.Segments("Sanne de Vries zei: sanne is boos", [new(0, 14, "name"), new(20, 5, "name")]);

        Assert.Equal(
            [new("Sanne de Vries", true), new(" zei: ", false), new("sanne", true), new(" is boos", false)],
            segments);
    }

    [Fact]
    public void Segments_PutTheTextBackTogether_AndIgnoreBadHighlights()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), ArbMap.Default.ArbFor<(int, int)[]>(), (text, spans) =>
        {
            text ??= "";
            var highlights = (spans ?? []).Select(s => new TranscriptHighlight(s.Item1, s.Item2, "x")).ToList();
            var segments = TranscriptView.Segments(text, highlights);
            return string.Concat(segments.Select(s => s.Text)) == text;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Build_KeepsMessagesOnly_AndMarksTheCasesValuesInTheUsersMessages()
    {
        TranscriptEntry[] entries =
        [
            new("c", 1, At, TranscriptDirection.Incoming, "{\"type\":\"conversationUpdate\"}"),
            new("c", 2, At, TranscriptDirection.Outgoing, "{\"type\":\"message\",\"text\":\"Hoi Sanne!\"}"),
            new("c", 3, At, TranscriptDirection.Incoming, "niet eens json"),
            new("c", 4, At, TranscriptDirection.Incoming, "{\"type\":\"message\",\"text\":\"Ik heet Sanne\"}"),
            new("c", 5, At, TranscriptDirection.Outgoing, "{\"type\":\"typing\"}"),
        ];

        var bubbles = TranscriptView.Build(entries, Case(new() { [CaseFieldNames.Name] = "Sanne" }), redacted: false);

        Assert.Equal(2, bubbles.Count);
        Assert.False(bubbles[0].FromUser);
        Assert.DoesNotContain(bubbles[0].Segments, s => s.Marked);
        Assert.True(bubbles[1].FromUser);
        Assert.Contains(bubbles[1].Segments, s => s.Marked && s.Text == "Sanne");
    }

    [Fact]
    public void Redacted_ReplacesPersonalValuesInBothDirections_AndMarksNothing()
    {
        TranscriptEntry[] entries =
        [
            new("c", 1, At, TranscriptDirection.Incoming, "{\"type\":\"message\",\"text\":\"Bel me op 0612345678, ik ben Sanne Jansen\"}"),
            new("c", 2, At, TranscriptDirection.Outgoing, "{\"type\":\"message\",\"text\":\"Dank je Sanne.\"}"),
        ];
        var c = Case(new() { [CaseFieldNames.Name] = "Sanne Jansen", [CaseFieldNames.Phone] = "0612345678" });

        var redacted = TranscriptView.Build(entries, c, redacted: true);

        var text = string.Join("\n", redacted.SelectMany(b => b.Segments).Select(s => s.Text));
        Assert.DoesNotContain("Sanne", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0612345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain(redacted.SelectMany(b => b.Segments), s => s.Marked);
    }

    [Fact]
    public void EveryCaseField_HasALabel()
    {
        var texts = IntakeBot.Bot.Staff.StaffTexts.Load(IntakeBot.Testing.RepositoryPaths.Content);

        foreach (var name in StaffFields.Known)
        {
            Assert.False(string.IsNullOrWhiteSpace(StaffFields.Label(texts, name)));
        }

        Assert.Contains(CaseFieldNames.WantsCopy, StaffFields.Known);
        Assert.Equal("onbekendVeld", StaffFields.Label(texts, "onbekendVeld"));
    }

    private static IntakeCase Case(Dictionary<string, string> fields) => StaffCases.Fixture() with { Fields = fields };
}
