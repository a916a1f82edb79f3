using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Casework.Tests.Transcripts;

public sealed class TranscriptLinesTests
{
    private static readonly DateTimeOffset At = SampleCases.Start;

    [Fact]
    public void Field_values_in_the_users_messages_are_highlighted_wherever_they_occur()
    {
        var intake = new SampleCases().Next();
        var name = intake.Fields[CaseFieldNames.Name];
        var entries = new[]
        {
            In(1, $$"""{"type":"message","text":"ik heet {{name}}, echt {{name}}"}"""),
            Out(2, $$"""{"type":"message","text":"Dank je {{name}}"}"""),
        };

        var lines = TranscriptLines.From(entries, intake, redacted: false);

        var highlights = lines[0].Highlights;
        Assert.Equal(2, highlights.Count);
        Assert.All(highlights, h => Assert.Equal(name, lines[0].Text.Substring(h.Start, h.Length)));
        Assert.All(highlights, h => Assert.Equal(CaseFieldNames.Name, h.Field));
        Assert.Empty(lines[1].Highlights);
    }

    [Fact]
    public void The_redacted_view_hides_the_cases_personal_values_and_detected_ones()
    {
        var intake = new SampleCases().Next();
        var name = intake.Fields[CaseFieldNames.Name];
        var email = intake.Fields[CaseFieldNames.Email];
        var entries = new[] { In(1, $$"""{"type":"message","text":"ik ben {{name}}, mail {{email}} of bel 06 12345678"}""") };

        var line = Assert.Single(TranscriptLines.From(entries, intake, redacted: true));

        Assert.DoesNotContain(name, line.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(email, line.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("12345678", line.Text, StringComparison.Ordinal);
        Assert.Empty(line.Highlights);
    }

    [Fact]
    public void Events_buttons_and_unreadable_entries_become_readable_lines()
    {
        var entries = new[]
        {
            In(1, """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag"}}"""),
            Out(2, """{"type":"message","text":"Kies","suggestedActions":{"actions":[{"type":"imBack","title":"Ja","value":"ja"},{"type":"imBack","title":"Nee","value":"nee"}]}}"""),
            In(3, "{not json"),
        };

        var lines = TranscriptLines.From(entries, null, redacted: false);

        Assert.Equal("[webchat/join]", lines[0].Text);
        Assert.Equal(["Ja", "Nee"], lines[1].Buttons);
        Assert.Equal("unreadable", lines[2].Type);
        Assert.Equal([1L, 2L, 3L], lines.Select(l => l.Sequence));
    }

    [Fact]
    public void A_hostile_message_repeating_a_value_gets_a_bounded_number_of_highlights()
    {
        var intake = new SampleCases().Next() with { Fields = new Dictionary<string, string> { [CaseFieldNames.Employee] = "abc" } };
        var entries = new[] { In(1, "{\"type\":\"message\",\"text\":\"" + string.Concat(Enumerable.Repeat("abc ", 30_000)) + "\"}") };

        var line = Assert.Single(TranscriptLines.From(entries, intake, redacted: false));

        Assert.Equal(50, line.Highlights.Count);
    }

    private static TranscriptEntry In(long sequence, string json) => new("c1", sequence, At, TranscriptDirection.Incoming, json);

    private static TranscriptEntry Out(long sequence, string json) => new("c1", sequence, At, TranscriptDirection.Outgoing, json);
}
