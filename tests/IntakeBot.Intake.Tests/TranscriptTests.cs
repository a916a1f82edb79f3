using System.Globalization;
using System.Text.Json;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Tests.Support;
using IntakeBot.Testing;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IntakeBot.Intake.Tests;

/// <summary>
/// Full conversations from Transcripts/*.yaml against the real bot, content and classifier, with a fake clock
/// (Sunday 22 November 2026, 10:00 in Amsterdam). Each checks the replies turn by turn and the cases that come out:
/// kind, route, the deadline computed from the organisation's regulation, and the fields.
/// </summary>
public sealed class TranscriptTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "IntakeBot.Intake.Tests", "Transcripts");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void There_are_at_least_thirty_transcripts()
    {
        Assert.True(Files().Count >= 30, $"only {Files().Count} transcripts");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_holds(string name)
    {
        var transcript = Read(name);
        var chat = new IntakeChat(transcript.Channel, conversationId: name);
        string? code = null;

        var turn = 0;
        foreach (var step in transcript.Steps)
        {
            turn++;
            if (step.Advance is { } advance)
            {
                chat.Time.Advance(TimeSpan.Parse(advance, CultureInfo.InvariantCulture));
            }

            if (step.NewConversation is { } channel)
            {
                chat = new IntakeChat(channel, conversationId: name + "-" + turn, storage: chat.Storage, cases: chat.Cases, time: chat.Time);
            }

            var text = (step.User ?? string.Empty)
                .Replace("{reference}", chat.Cases.All.LastOrDefault()?.Reference ?? "none", StringComparison.Ordinal)
                .Replace("{code}", code ?? "none", StringComparison.Ordinal);
            var replies = step.Event == "join" && transcript.Join is { } join
                ? await chat.SendAsync(chat.Adapter.MakeActivity() with
                {
                    Type = ActivityTypes.Event,
                    Name = IntakeDialog.JoinEvent,
                    Value = JsonSerializer.SerializeToElement(new { organisationId = join.Organisation, language = join.Language }),
                })
                : await chat.SendAsync(text);
            Log(replies, text);
            var said = IntakeChat.TextOf(replies);
            code = ResumeCodeIn(said) ?? code;
            foreach (var fragment in step.Expect)
            {
                Assert.True(said.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"turn {turn} ('{text}'): expected '{fragment}' in:\n{said}");
            }

            foreach (var fragment in step.NotExpect)
            {
                Assert.False(said.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"turn {turn} ('{text}'): did not expect '{fragment}' in:\n{said}");
            }

            if (step.Buttons is { } buttons)
            {
                Assert.Equal(buttons, IntakeChat.ButtonsOf(replies));
            }
        }

        var cases = chat.Cases.All.ToList();
        foreach (var found in cases)
        {
            output.WriteLine($"case {found.Reference} {found.Kind} {found.OrganisationId} {found.Status}: route [{string.Join(", ", found.Route.Select(r => r.StepId + "→" + r.DestinationId + (r.Deadline is { } d ? "@" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)))}] fields {{{string.Join(", ", found.Fields.Select(f => f.Key + "=" + f.Value))}}}");
        }

        Assert.Equal(transcript.Cases.Count, cases.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            Check(transcript.Cases[i], cases[i]);
        }
    }

    private static void Check(TranscriptCase expected, IntakeCase actual)
    {
        Assert.Equal(expected.Kind, JsonSerializer.Serialize(actual.Kind, new JsonSerializerOptions { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } }).Trim('"').ToLowerInvariant());
        Assert.Equal(expected.Organisation, actual.OrganisationId);
        Assert.Equal(expected.Status, JsonSerializer.Serialize(actual.Status).Trim('"'));
        if (expected.Route is { } route)
        {
            Assert.Equal(route, actual.Route.Select(s => s.StepId));
        }

        if (expected.Destination is { } destination)
        {
            var step = actual.Route.Single(s => s.Deadline is not null || s.DestinationId == destination && !s.Skippable);
            Assert.Equal(destination, step.DestinationId);
            Assert.Equal(expected.Deadline, step.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (var (field, value) in expected.Fields)
        {
            Assert.True(actual.Fields.TryGetValue(field, out var found), $"field {field} missing; fields: {string.Join(", ", actual.Fields.Keys)}");
            Assert.Equal(value, found);
        }

        foreach (var field in expected.Absent)
        {
            Assert.False(actual.Fields.ContainsKey(field), $"field {field} should be absent but is '{actual.Fields.GetValueOrDefault(field)}'");
        }
    }

    private static string? ResumeCodeIn(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, "\\b([0-9A-Z]{4}-[0-9A-Z]{4})\\b", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        return match.Success ? match.Groups[1].Value : null;
    }

    private void Log(IReadOnlyList<Activity> replies, string said)
    {
        output.WriteLine("> " + said);
        foreach (var reply in replies)
        {
            var buttons = IntakeChat.ButtonsOf([reply]);
            output.WriteLine("  " + reply.Text?.Replace("\n", "\n  ", StringComparison.Ordinal) + (buttons.Count > 0 ? "  [" + string.Join(" | ", buttons) + "]" : string.Empty));
        }
    }

    private static Transcript Read(string name)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        using var reader = File.OpenText(Path.Combine(Folder, name + ".yaml"));
        return deserializer.Deserialize<Transcript>(reader);
    }
}
