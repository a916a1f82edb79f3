using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// Takes cases the intake wrote (through any <see cref="ICaseStore"/>) into the register: a handling row, a fact and a
/// "created" timeline entry for each new case, and the closing of cases the person withdrew. Triggers on the intake's
/// <c>cases</c> table queue each new or withdrawn case (<c>case_adoption_queue</c>, see the casework schemas), so a
/// register call reads one empty queue instead of comparing every case with the register, and nothing couples the
/// intake's stores to the register. The queue lives in the database: instances sharing it, and a restarted one, see
/// the same queue, and each queued case is claimed by one of them.
/// </summary>
internal sealed class SqlCaseAdoption(SqlCaseRows rows)
{
    /// <summary>True when some case is queued (a read, so the usual call writes nothing).</summary>
    public async Task<bool> IsNeededAsync(CaseworkSession session, CancellationToken cancellationToken) =>
        await session.ScalarAsync("SELECT 1 FROM case_adoption_queue LIMIT 1;", cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Claims the queue (a delete: a concurrent claimer waits, then finds the rows gone), adopts the new cases and closes
    /// the withdrawn ones. Inside the caller's write transaction, so a failure leaves the queue as it was.
    /// </summary>
    public async Task RunAsync(CaseworkSession session, CancellationToken cancellationToken)
    {
        var claimed = await session.ListAsync(
            "DELETE FROM case_adoption_queue RETURNING reference;",
            row => session.Text(row, 0),
            cancellationToken).ConfigureAwait(false);
        var cases = new List<(IntakeCase Case, bool Adopted)>(claimed.Count);
        foreach (var reference in claimed)
        {
            // A case erased after it was queued is simply gone.
            cases.AddRange(await session.ListAsync(
                $"SELECT {SqlCaseRows.CaseColumns}, h.reference FROM cases c LEFT JOIN case_handling h ON h.reference = c.reference WHERE c.reference = @reference;",
                row => (Case: rows.ReadCase(session, row), Adopted: !row.IsDBNull(11)),
                cancellationToken,
                ("reference", reference)).ConfigureAwait(false));
        }

        foreach (var (intakeCase, adopted) in cases.OrderBy(c => c.Case.CreatedAt).ThenBy(c => c.Case.Reference, StringComparer.Ordinal))
        {
            if (!adopted)
            {
                await AdoptAsync(session, intakeCase, cancellationToken).ConfigureAwait(false);
            }
            else if (intakeCase.WithdrawnAt is { } withdrawnAt)
            {
                await CloseWithdrawnAsync(session, intakeCase.Reference, withdrawnAt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task AdoptAsync(CaseworkSession session, IntakeCase intakeCase, CancellationToken cancellationToken)
    {
        var record = CaseRules.Adopt(intakeCase);
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO case_handling (reference, organisation_id, submitted_on, due_on, closed_ticks, withdrawn_ticks, updated_ticks, version)
            VALUES (@reference, @organisation, @submitted, @due, @closed, @withdrawn, @updated, @version)
            ON CONFLICT (reference) DO NOTHING;
            """,
            cancellationToken,
            ("reference", intakeCase.Reference),
            ("organisation", intakeCase.OrganisationId),
            ("submitted", CaseworkValues.Day(CaseRules.DayOf(intakeCase.CreatedAt))),
            ("due", CaseworkValues.DayOrNull(record.DueOn)),
            ("closed", CaseworkValues.TicksOrNull(record.ClosedAt)),
            ("withdrawn", CaseworkValues.TicksOrNull(intakeCase.WithdrawnAt)),
            ("updated", record.UpdatedAt.UtcTicks),
            ("version", record.Version)).ConfigureAwait(false);
        if (inserted != 1)
        {
            return;
        }

        await rows.InsertFactAsync(session, record, cancellationToken).ConfigureAwait(false);
        await rows.AppendTimelineAsync(session, intakeCase.Reference, new TimelineEntry(intakeCase.CreatedAt, TimelineEntryTypes.Created, null, null, null), protect: false, cancellationToken).ConfigureAwait(false);
        if (intakeCase.WithdrawnAt is { } withdrawnAt)
        {
            await rows.AppendTimelineAsync(session, intakeCase.Reference, new TimelineEntry(withdrawnAt, TimelineEntryTypes.Withdrawn, null, null, null), protect: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CloseWithdrawnAsync(CaseworkSession session, string reference, DateTimeOffset withdrawnAt, CancellationToken cancellationToken)
    {
        if (await rows.GetAsync(session, reference, forUpdate: true, cancellationToken).ConfigureAwait(false) is not { } current
            || current.Case.WithdrawnAt is null)
        {
            return;
        }

        // The handling row still says "not withdrawn" (another process may have closed it since we looked).
        var claimed = await session.ExecuteAsync(
            "UPDATE case_handling SET withdrawn_ticks = @withdrawn WHERE reference = @reference AND withdrawn_ticks IS NULL;",
            cancellationToken,
            ("withdrawn", withdrawnAt.UtcTicks),
            ("reference", reference)).ConfigureAwait(false);
        if (claimed != 1)
        {
            return;
        }

        var record = CaseRules.Withdrawn(current with { Case = current.Case with { WithdrawnAt = null } }, withdrawnAt);
        await rows.SaveAsync(session, record, cancellationToken).ConfigureAwait(false);
        await rows.AppendTimelineAsync(session, reference, new TimelineEntry(withdrawnAt, TimelineEntryTypes.Withdrawn, null, null, null), protect: false, cancellationToken).ConfigureAwait(false);
    }
}
