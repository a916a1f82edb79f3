using IntakeBot.Storage.Postgres;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The few things the casework SQL says differently on SQLite and PostgreSQL. Everything else (named <c>@</c>
/// parameters, <c>ON CONFLICT</c> upserts, <c>RETURNING</c>, <c>LIMIT</c>/<c>OFFSET</c>) is written once.
/// </summary>
internal sealed class CaseworkDialect
{
    /// <summary>SQLite: the single writer already serialises every write transaction.</summary>
    public static readonly CaseworkDialect Sqlite = new(string.Empty, postgresText: false);

    /// <summary>PostgreSQL: rows read before a change are locked, and text goes through <see cref="PostgresText"/>.</summary>
    public static readonly CaseworkDialect Postgres = new(" FOR UPDATE", postgresText: true);

    private readonly bool _postgresText;

    private CaseworkDialect(string forUpdate, bool postgresText)
    {
        ForUpdate = forUpdate;
        _postgresText = postgresText;
    }

    /// <summary>Appended to a SELECT that reads rows the transaction will change.</summary>
    public string ForUpdate { get; }

    /// <summary>A string as it is written to a text column.</summary>
    public string Encode(string value) => _postgresText ? PostgresText.Encode(value) : value;

    /// <summary>A text column's value as it was written.</summary>
    public string Decode(string stored) => _postgresText ? PostgresText.Decode(stored) : stored;
}
