using IntakeBot.Bot.Hosting;
using IntakeBot.Casework;
using IntakeBot.Casework.Register;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Sqlite;
using IntakeBot.Testing;
using IntakeBot.Testing.Cases;
using IntakeBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntakeBot.Bot.Tests.Hosting;

/// <summary>The whole host on PostgreSQL, chosen by configuration only: every store lands in the database.</summary>
public sealed class PostgresHostTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-pghost-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Host_WithProviderPostgres_KeepsStateCasesAndDirectLineInTheDatabase()
    {
        var connectionString = database.NewSchema();
        await using var app = IntakeBotHost.Build(
        [
            $"--Content:RootPath={RepositoryPaths.Content}",
            $"--Storage:SqlitePath={Path.Combine(_data, "intakebot.db")}",
            "--Storage:Provider=postgres",
            $"--Storage:PostgresConnectionString={connectionString}",
            // Instances on one database must share a secret; start-up refuses a generated one.
            "--DirectLine:Secret=postgres-host-test-secret-0123456789abcdef",
        ]);
        var services = app.Services;

        await services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, StoreItem> { ["probe"] = new("{}"u8.ToArray(), null) });
        await services.GetRequiredService<IDirectLineStore>().CreateConversationAsync("c1", "u1", DateTimeOffset.UnixEpoch);
        var reference = CaseReference.New(Content.Model.Kind.Klacht);
        await services.GetRequiredService<ICaseStore>().CreateAsync(new IntakeCase(
            reference, "kracht-den-haag", Content.Model.Kind.Klacht, CaseStatus.Nieuw, DateTimeOffset.UnixEpoch, "directline", "c1", "nl", [], new Dictionary<string, string>()));

        Assert.IsType<PostgresStorage>(services.GetRequiredService<IStorage>());
        Assert.Equal(3L, await ScalarAsync(connectionString, "SELECT (SELECT COUNT(*) FROM state_items) + (SELECT COUNT(*) FROM cases) + (SELECT COUNT(*) FROM directline_conversations);"));
        Assert.False(File.Exists(Path.Combine(_data, "intakebot.db")));
    }

    [Fact]
    public async Task Casework_OnPostgres_SharesTheIntakeStoresPool()
    {
        // A name of its own, so that the count below sees this test's connections only.
        var application = "tidy-pool-" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(database.NewSchema()) { ApplicationName = application }.ConnectionString;
        var storage = new StorageOptions { Provider = "postgres", PostgresConnectionString = connectionString };
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddIntakeStorage(storage)
            .AddCasework(storage, new SqliteStorageOptions { Path = Path.Combine(_data, "unused.db") });
        await using var provider = services.BuildServiceProvider();
        var created = new SampleCases().Next();

        await provider.GetRequiredService<ICaseStore>().CreateAsync(created);
        var listed = await provider.GetRequiredService<ICaseRegister>().ListAsync(CaseScope.For("kracht-den-haag"), new CaseQuery());

        Assert.Equal(created.Reference, Assert.Single(listed.Cases).Case.Reference);
        // One pool used one call at a time keeps one connection; a second pool would have opened its own.
        Assert.Equal(1L, await ScalarAsync(database.ConnectionString, $"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = '{application}';"));
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
