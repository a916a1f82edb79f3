using System.Globalization;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Privacy;

/// <summary>
/// One retention pass: deletes every case whose term under <see cref="RetentionPolicy"/> has passed, with its transcript
/// when no other case of the conversation remains, and every abandoned chat. Each deletion gets an audit entry by
/// <see cref="ActorId"/> holding references only. The anonymous <see cref="CaseFact"/>s stay, so reports keep counting.
/// </summary>
public sealed class RetentionRun
{
    /// <summary>The actor id on audit entries written by retention.</summary>
    public const string ActorId = "system:retention";

    /// <summary>The organisation id on audit entries of abandoned chats, which belong to no organisation.</summary>
    public const string NoOrganisation = "system";

    private const int Batch = 100;

    private readonly ICaseRegister _register;
    private readonly ICaseStore _cases;
    private readonly ITranscriptStore _transcripts;
    private readonly IAuditLog _audit;
    private readonly RetentionPolicy _policy;
    private readonly TimeProvider _time;
    private readonly CaseEraser _eraser;

    /// <summary>A pass over these stores under this policy, at the time <paramref name="time"/> tells.</summary>
    public RetentionRun(ICaseRegister register, ICaseStore cases, ITranscriptStore transcripts, IAuditLog audit, RetentionPolicy policy, TimeProvider time)
    {
        _register = register ?? throw new ArgumentNullException(nameof(register));
        _cases = cases ?? throw new ArgumentNullException(nameof(cases));
        _transcripts = transcripts ?? throw new ArgumentNullException(nameof(transcripts));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _eraser = new CaseEraser(register, cases, transcripts, audit);
    }

    /// <summary>Deletes everything due now. Safe to run again: a second pass finds nothing.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        int cases = 0, transcripts = 0;
        foreach (var organisationId in _policy.OrganisationIds)
        {
            var (deleted, withTranscript) = await DeleteCasesAsync(organisationId, _policy.CaseCutoff(organisationId, now), now, cancellationToken).ConfigureAwait(false);
            cases += deleted;
            transcripts += withTranscript;
        }

        var abandoned = await DeleteAbandonedAsync(_policy.AbandonedCutoff(now), now, cancellationToken).ConfigureAwait(false);
        return new RetentionResult(cases, transcripts, abandoned);
    }

    private async Task<(int Cases, int Transcripts)> DeleteCasesAsync(string organisationId, DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var actor = new StaffActor(ActorId, "retention", organisationId);
        int cases = 0, transcripts = 0;
        while (true)
        {
            var due = await _register.RetentionDueAsync(organisationId, cutoff, Batch, cancellationToken).ConfigureAwait(false);
            var progress = 0;
            foreach (var reference in due)
            {
                var intakeCase = await _cases.GetAsync(reference, cancellationToken).ConfigureAwait(false);
                if (intakeCase is null)
                {
                    continue;
                }

                var (deleted, transcriptDeleted) = await _eraser.EraseAsync(intakeCase, actor, AuditActions.RetentionDeleted, now, cancellationToken).ConfigureAwait(false);
                progress += deleted ? 1 : 0;
                transcripts += transcriptDeleted ? 1 : 0;
            }

            cases += progress;
            // A batch that deleted nothing would come back the same: stop rather than loop.
            if (due.Count < Batch || progress == 0)
            {
                return (cases, transcripts);
            }
        }
    }

    private async Task<int> DeleteAbandonedAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            var due = await _transcripts.AbandonedBeforeAsync(cutoff, Batch, cancellationToken).ConfigureAwait(false);
            var progress = 0;
            foreach (var conversationId in due)
            {
                var entries = await _transcripts.DeleteAsync(conversationId, cancellationToken).ConfigureAwait(false);
                if (entries == 0)
                {
                    continue;
                }

                progress++;
                var detail = string.Format(CultureInfo.InvariantCulture, "abandoned conversation {0}: transcript deleted ({1} entries)", conversationId, entries);
                await _audit.RecordAsync(new AuditEntry(now, ActorId, "retention", NoOrganisation, AuditActions.RetentionDeleted, null, detail), cancellationToken).ConfigureAwait(false);
            }

            count += progress;
            if (due.Count < Batch || progress == 0)
            {
                return count;
            }
        }
    }
}
