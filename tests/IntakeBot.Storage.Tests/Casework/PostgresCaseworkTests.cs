using IntakeBot.Storage.Casework;
using Npgsql;

namespace IntakeBot.Storage.Tests.Casework;

/// <summary>
/// The contract on PostgreSQL: each test gets a fresh database on the server named by <c>INTAKEBOT_TEST_POSTGRES</c>
/// (an admin connection string). Without it these tests fail with a message saying how to start one.
/// </summary>
public sealed class PostgresCaseworkTests : CaseworkContractTests
{
    private const string ServerVariable = "INTAKEBOT_TEST_POSTGRES";

    private readonly ReversibleTestProtector _protector = new();
    private string? _admin;
    private string? _databaseName;
    private CaseworkDatabase? _database;

    protected override async Task<CaseworkStores> CreateStoresAsync()
    {
        _admin = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } admin
            ? admin
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set. Start a throwaway PostgreSQL (e.g. initdb + pg_ctl on 127.0.0.1) and set it to an admin connection string such as Host=127.0.0.1;Port=55433;Username=postgres;Database=postgres.");
        _databaseName = "casework_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(_admin, $"CREATE DATABASE {_databaseName};");
        var connectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _databaseName }.ConnectionString;
        await ExecuteAsync(connectionString, PostgresTestCaseStore.IntakeTables);
        _database = CaseworkDatabase.Postgres(connectionString);
        return new CaseworkStores(
            new PostgresTestCaseStore(connectionString, _protector),
            new SqlCaseRegister(_database, _protector),
            new SqlTranscriptStore(_database, _protector),
            new SqlDeliveryLog(_database),
            new SqlAuditLog(_database));
    }

    protected override async Task CleanupAsync()
    {
        _database?.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (_admin is not null && _databaseName is not null)
        {
            await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE);");
        }
    }

    [Fact]
    public async Task NulAndLoneSurrogates_RoundTrip_InTranscriptsAndNotes()
    {
        var created = await CreateAsync(Samples.Next());
        // Notes go through the protector (UTF-8), which cannot carry a lone surrogate; the audit detail is stored as is.
        const string note = "nul \0 en \uE000 😀";
        const string odd = "nul \0 en \uD800 alleen";
        await Register.AddNoteAsync(Kracht, created.Reference, note, Officer, Start);
        await Audit.RecordAsync(new IntakeBot.Casework.Audit.AuditEntry(Start, "u-1", odd, "kracht-den-haag", IntakeBot.Casework.Audit.AuditActions.CaseRead, created.Reference, odd));

        Assert.Equal(note, (await Register.TimelineAsync(Kracht, created.Reference))[^1].Detail);
        Assert.Equal(odd, Assert.Single(await Audit.QueryAsync(Kracht, new IntakeBot.Casework.Audit.AuditQuery())).Detail);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
