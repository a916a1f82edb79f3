using System.Data.Common;
using IntakeBot.Casework.Register;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Storage.Casework;

/// <summary>Reads a <c>case_facts</c> row (columns as <see cref="SqlCaseRegister.FactsAsync"/> selects them).</summary>
internal static class SqlCaseFacts
{
    public static CaseFact Read(CaseworkSession session, DbDataReader row) => new(
        OrganisationId: session.Text(row, 0),
        Kind: SqliteValues.Parse<Kind>(session.Text(row, 1)),
        Status: SqliteValues.Parse<CaseStatus>(session.Text(row, 2)),
        SubmittedOn: CaseworkValues.ParseDay(session.Text(row, 3)),
        ChannelId: session.Text(row, 4),
        Anonymous: row.GetInt64(5) == 1,
        Outcome: session.TextOrNull(row, 6) is { } outcome ? SqliteValues.Parse<CaseOutcome>(outcome) : null,
        Nature: session.TextOrNull(row, 7) is { } nature ? SqliteValues.Parse<ComplaintNature>(nature) : null,
        ClosedOn: session.TextOrNull(row, 8) is { } closed ? CaseworkValues.ParseDay(closed) : null,
        HandlingDays: CaseworkSession.Int64OrNull(row, 9) is { } days ? (int)days : null,
        Deleted: row.GetInt64(10) == 1);
}
