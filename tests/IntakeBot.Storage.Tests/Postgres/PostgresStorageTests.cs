using IntakeBot.Dialogs.State;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Sqlite;
using IntakeBot.Testing.Postgres;
using Npgsql;

namespace IntakeBot.Storage.Tests.Postgres;

public sealed class PostgresStorageTests(PostgresTestDatabase database) : DatabaseStorageContractTests, IClassFixture<PostgresTestDatabase>
{
    private readonly PostgresScope _scope = new(database);

    protected override int SchemaVersion => PostgresSchema.CurrentVersion;

    protected override IStorage CreateStorage() => new PostgresStorage(_scope.Open());

    protected override IStorage OpenAnother() => new PostgresStorage(_scope.Open());

    protected override Task<object?> ScalarAsync(string sql) => _scope.ScalarAsync(sql);

    protected override async Task CleanupAsync() => await _scope.DisposeAsync();

    [Fact]
    public void Schemas_StayInStepWithSqlite()
    {
        Assert.Equal(SqliteSchema.CurrentVersion, PostgresSchema.CurrentVersion);
        Assert.Equal(SqliteDirectLineSchema.CurrentVersion, PostgresDirectLineSchema.CurrentVersion);
    }

    [Fact]
    public async Task UnreachableServer_GivesAClearErrorNamingHostAndDatabase_NeverThePassword()
    {
        await using var unreachable = new PostgresDatabase("Host=127.0.0.1;Port=1;Database=intake_archief;Username=bot;Password=Zeer-Geheim-42;Timeout=5");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgresStorage(unreachable).ReadAsync(["k"]));

        Assert.Contains("'intake_archief' on 127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zeer-Geheim-42", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDatabase_GivesAClearErrorNamingIt()
    {
        var missing = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "bestaat_niet", Password = "Zeer-Geheim-42" };
        await using var wrong = new PostgresDatabase(missing.ConnectionString);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgresStorage(wrong).WriteAsync(Docs.Changes(("k", Docs.Json("{}"), null))));

        Assert.Contains("'bestaat_niet' on 127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zeer-Geheim-42", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Poort=5432;Password=Zeer-Geheim-42")]
    [InlineData("Host=127.0.0.1;Port=vijf;Password=Zeer-Geheim-42")]
    [InlineData("Database=intakebot;Password=Zeer-Geheim-42")]
    [InlineData("dit is geen connection string")]
    public void MalformedConnectionString_IsRefusedClearly_NeverShowingThePassword(string connectionString)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PostgresDatabase(connectionString));

        Assert.Contains("PostgreSQL connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Zeer-Geheim-42", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTheDatabaseIsDisposed_CallsThrowObjectDisposed()
    {
        var opened = _scope.Open();
        var storage = new PostgresStorage(opened);
        await opened.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadAsync(["k"]));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), null))));
    }
}
