namespace IntakeBot.Storage.Casework;

/// <summary>
/// Deletes a case in one transaction: the intake's row and outbox events, the handling row, timeline (with notes) and
/// delivery states. The anonymous fact stays, marked deleted; nothing links it to the reference any more.
/// </summary>
internal static class SqlCaseDeletion
{
    private static readonly string[] Statements =
    [
        "UPDATE case_facts SET deleted = 1 WHERE id = (SELECT fact_id FROM case_handling WHERE reference = @reference);",
        "DELETE FROM case_timeline WHERE reference = @reference;",
        "DELETE FROM deliveries WHERE reference = @reference;",
        "DELETE FROM case_events WHERE reference = @reference;",
    ];

    /// <summary>False when neither the case nor its handling data existed.</summary>
    public static async Task<bool> RunAsync(CaseworkSession session, string reference, CancellationToken cancellationToken)
    {
        foreach (var sql in Statements)
        {
            await session.ExecuteAsync(sql, cancellationToken, ("reference", reference)).ConfigureAwait(false);
        }

        var handling = await session.ExecuteAsync("DELETE FROM case_handling WHERE reference = @reference;", cancellationToken, ("reference", reference)).ConfigureAwait(false);
        var cases = await session.ExecuteAsync("DELETE FROM cases WHERE reference = @reference;", cancellationToken, ("reference", reference)).ConfigureAwait(false);
        return handling + cases > 0;
    }
}
