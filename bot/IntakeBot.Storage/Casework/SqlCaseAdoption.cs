using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// Takes cases the intake wrote (through any <see cref="ICaseStore"/>) into the register: a handling row, a fact and a
/// "created" timeline entry for each case without a handling row, and the closing of cases the person withdrew. Runs at
/// the start of register calls, so nothing couples the intake's stores to the register.
/// </summary>
internal sealed class SqlCaseAdoption(SqlCaseRows rows)
{
    private const string Pending = """
        FROM cases c LEFT JOIN case_handling h ON h.reference = c.reference
        WHERE h.reference IS NULL OR (c.withdrawn_at IS NOT NULL AND h.withdrawn_ticks IS NULL)
        """;

    /// <summary>True when some case is new to the register or was withdrawn since (a read, so the usual call writes nothing).</summary>
    public async Task<bool> IsNeededAsync(CaseworkSession session, CancellationToken cancellationToken) =>
        await session.ScalarAsync($"SELECT 1 {Pending} LIMIT 1;", cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Adopts new cases and closes withdrawn ones. Safe to run concurrently: each row is claimed once.</summary>
    public async Task RunAsync(CaseworkSession session, CancellationToken cancellationToken)
    {
        var cases = await session.ListAsync(
            $"SELECT {SqlCaseRows.CaseColumns}, h.reference {Pending} ORDER BY c.created_ticks;",
            row => (Case: rows.ReadCase(session, row), Adopted: !row.IsDBNull(11)),
            cancellationToken).ConfigureAwait(false);
        foreach (var (intakeCase, adopted) in cases)
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
