using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Privacy;

/// <summary>
/// Deletes one case and, when no other case of its conversation remains, the conversation's transcript; records one
/// audit entry. Shared by retention and erasure on request, so both delete exactly the same things.
/// </summary>
internal sealed class CaseEraser(ICaseRegister register, ICaseStore cases, ITranscriptStore transcripts, IAuditLog audit)
{
    /// <summary>The audit detail when the transcript was deleted too ({0}: the number of entries).</summary>
    public const string TranscriptDeletedDetail = "transcript deleted ({0} entries)";

    /// <summary>The audit detail when another case of the conversation still needs the transcript.</summary>
    public const string TranscriptKeptDetail = "transcript kept: another case of the conversation remains";

    /// <summary>Deletes the case; true when it existed. Returns whether the transcript went too.</summary>
    public async Task<(bool Deleted, bool TranscriptDeleted)> EraseAsync(IntakeCase intakeCase, StaffActor actor, string action, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!await register.DeleteAsync(intakeCase.Reference, cancellationToken).ConfigureAwait(false))
        {
            return (false, false);
        }

        var remaining = await cases.FindByConversationAsync(intakeCase.ConversationId, cancellationToken).ConfigureAwait(false);
        var transcriptDeleted = remaining.Count == 0;
        string detail;
        if (transcriptDeleted)
        {
            var entries = await transcripts.DeleteAsync(intakeCase.ConversationId, cancellationToken).ConfigureAwait(false);
            detail = string.Format(System.Globalization.CultureInfo.InvariantCulture, TranscriptDeletedDetail, entries);
        }
        else
        {
            detail = TranscriptKeptDetail;
        }

        await audit.RecordAsync(new AuditEntry(at, actor.Id, actor.DisplayName, intakeCase.OrganisationId, action, intakeCase.Reference, detail), cancellationToken).ConfigureAwait(false);
        return (true, transcriptDeleted);
    }
}
