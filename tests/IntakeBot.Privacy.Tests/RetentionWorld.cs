using IntakeBot.Casework.Privacy;
using IntakeBot.Casework.Reports;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Privacy.Tests.Fakes;
using IntakeBot.Testing;

namespace IntakeBot.Privacy.Tests;

/// <summary>Fake stores, a standing clock and the real content's retention terms, wired like the host wires them.</summary>
internal sealed class RetentionWorld
{
    public RetentionWorld(PrivacyOptions? options = null)
    {
        Transcripts = new FakeTranscripts(Cases);
        Policy = new RetentionPolicy(Content.Catalog, options ?? new PrivacyOptions());
        Run = new RetentionRun(Cases, Cases, Transcripts, Audit, Policy, Clock);
        Files = new PersonalFileService(Cases, Cases, Transcripts, Audit, Clock);
        Reports = new AnnualReportBuilder(Cases, Content.Catalog);
    }

    public ManualTimeProvider Clock { get; } = new();

    public FakeCasework Cases { get; } = new();

    public FakeTranscripts Transcripts { get; }

    public FakeAuditLog Audit { get; } = new();

    public RetentionPolicy Policy { get; }

    public RetentionRun Run { get; }

    public PersonalFileService Files { get; }

    public AnnualReportBuilder Reports { get; }

    public SyntheticCases Synthetic { get; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>A user message and a bot reply in the conversation, at <paramref name="at"/>.</summary>
    public async Task ChatAsync(string conversationId, DateTimeOffset at, string userText = "Ik wil een klacht indienen")
    {
        await Transcripts.AppendAsync(new TranscriptEntry(conversationId, 0, at, TranscriptDirection.Incoming, $$"""{"type":"message","text":"{{userText}}"}"""));
        await Transcripts.AppendAsync(new TranscriptEntry(conversationId, 0, at.AddSeconds(1), TranscriptDirection.Outgoing,
            """{"type":"message","text":"Waar gaat het over?","suggestedActions":{"actions":[{"type":"imBack","title":"Een klacht"},{"type":"imBack","title":"Een compliment"}]}}"""));
    }
}
