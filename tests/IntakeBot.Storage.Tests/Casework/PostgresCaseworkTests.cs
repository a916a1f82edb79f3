using IntakeBot.Storage.Casework;
using IntakeBot.Storage.Postgres;
using IntakeBot.Testing.Postgres;
using Npgsql;

namespace IntakeBot.Storage.Tests.Casework;

/// <summary>
/// The contract on PostgreSQL: each test gets a fresh database on the server named by <c>INTAKEBOT_TEST_POSTGRES</c>
/// (an admin connection string). Without it these tests fail with a message saying how to start one.
/// </summary>
public sealed class PostgresCaseworkTests : SqlCaseworkContractTests
{
    private readonly ReversibleTestProtector _protector = new();
    private PostgresTestDatabase? _server;
    private PostgresDatabase? _intake;
    private CaseworkDatabase? _database;
    private CaseworkDatabase? _another;

    protected override Task<CaseworkStores> CreateStoresAsync()
    {
        // A fresh database on the shared test server (INTAKEBOT_TEST_POSTGRES, or a cluster the test run starts).
        _server = new PostgresTestDatabase();
        var connectionString = _server.ConnectionString;
        _intake = new PostgresDatabase(connectionString);
        _database = CaseworkDatabase.Postgres(_intake);
        return Task.FromResult(new CaseworkStores(
            new PostgresCaseStore(_intake, _protector),
            new SqlCaseRegister(_database, _protector),
            new SqlTranscriptStore(_database, _protector),
            new SqlDeliveryLog(_database),
            new SqlAuditLog(_database)));
    }

    // A pool of its own, as a second process has.
    private protected override IntakeBot.Casework.Register.ICaseRegister AnotherRegister()
    {
        _another ??= CaseworkDatabase.Postgres(_server!.ConnectionString);
        return new SqlCaseRegister(_another, _protector);
    }

    protected override Task CleanupAsync()
    {
        _another?.Dispose();
        _database?.Dispose();
        _intake?.Dispose();
        NpgsqlConnection.ClearAllPools();
        _server?.Dispose();
        return Task.CompletedTask;
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
}
