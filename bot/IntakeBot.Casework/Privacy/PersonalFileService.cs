using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Privacy;

/// <summary>
/// Access and erasure on request (AVG art. 15 and 17): a case's whole file as JSON, and deleting the case with its
/// transcript exactly as retention does. Both are audited; a case outside the scope behaves as unknown.
/// </summary>
public sealed class PersonalFileService
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Dutch letters stay readable; characters that matter in HTML are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly ICaseRegister _register;
    private readonly ITranscriptStore _transcripts;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _time;
    private readonly CaseEraser _eraser;

    /// <summary>A service over these stores.</summary>
    public PersonalFileService(ICaseRegister register, ICaseStore cases, ITranscriptStore transcripts, IAuditLog audit, TimeProvider time)
    {
        _register = register ?? throw new ArgumentNullException(nameof(register));
        _transcripts = transcripts ?? throw new ArgumentNullException(nameof(transcripts));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _eraser = new CaseEraser(register, cases ?? throw new ArgumentNullException(nameof(cases)), transcripts, audit);
    }

    /// <summary>
    /// The case's file as indented UTF-8 JSON, or null when the case is unknown or outside the scope. Records a
    /// <see cref="AuditActions.Exported"/> audit entry and an <see cref="TimelineEntryTypes.Exported"/> timeline entry.
    /// </summary>
    public async Task<byte[]?> ExportAsync(CaseScope scope, string reference, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var file = await ReadAsync(scope, reference, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(file, Json);
        await _audit.RecordAsync(new AuditEntry(file.ExportedAt, actor.Id, actor.DisplayName, file.OrganisationId, AuditActions.Exported, file.Reference), cancellationToken).ConfigureAwait(false);
        await _register.AppendTimelineAsync(file.Reference, new TimelineEntry(file.ExportedAt, TimelineEntryTypes.Exported, actor.Id, actor.DisplayName, null), cancellationToken).ConfigureAwait(false);
        return bytes;
    }

    /// <summary>The case's file, or null when unknown or outside the scope. Not audited: callers that show it audit.</summary>
    public async Task<PersonalFile?> ReadAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (CaseReference.Normalize(reference) is not { } canonical
            || await _register.GetAsync(scope, canonical, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return null;
        }

        var timeline = await _register.TimelineAsync(scope, canonical, cancellationToken).ConfigureAwait(false);
        var transcript = await _transcripts.GetAsync(record.Case.ConversationId, cancellationToken).ConfigureAwait(false);
        var c = record.Case;
        return new PersonalFile(
            c.Reference, c.OrganisationId, c.Kind, c.Status, c.CreatedAt, c.ChannelId, c.Language, c.WithdrawnAt,
            new SortedDictionary<string, string>(c.Fields.ToDictionary(), StringComparer.Ordinal),
            new PersonalFileHandling(record.DueOn, record.AssignedToName, record.Outcome, record.Nature, record.ClosedAt),
            c.Route,
            [.. timeline.Select(entry => new PersonalFileTimelineEntry(entry.At, entry.Type, entry.ActorName, entry.Detail))],
            ReadableTranscript(transcript, c),
            _time.GetUtcNow());
    }

    private static IReadOnlyList<PersonalFileTranscriptLine> ReadableTranscript(IReadOnlyList<TranscriptEntry> entries, IntakeCase intakeCase) =>
    [
        // Only what was said: typing indicators and channel events are not part of the person's story.
        .. TranscriptLines.From(entries, intakeCase, redacted: false)
            .Where(line => line.Type == "message")
            .Select(line => new PersonalFileTranscriptLine(
                line.At,
                line.Direction == TranscriptDirection.Incoming ? PersonalFileTranscriptLine.User : PersonalFileTranscriptLine.Bot,
                string.Join(' ', line.Buttons.Select(title => "[" + title + "]").Prepend(line.Text).Where(part => part.Length > 0)))),
    ];

    /// <summary>
    /// Deletes the case and, when no other case of its conversation remains, its transcript; records a
    /// <see cref="AuditActions.Erased"/> entry. The anonymous report facts stay. False when unknown or outside the scope.
    /// </summary>
    public async Task<bool> EraseAsync(CaseScope scope, string reference, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(actor);
        if (CaseReference.Normalize(reference) is not { } canonical
            || await _register.GetAsync(scope, canonical, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return false;
        }

        var (deleted, _) = await _eraser.EraseAsync(record.Case, actor, AuditActions.Erased, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}
