using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Tests.ApiKeys;
using IntakeBot.Testing.Postgres;

namespace IntakeBot.Storage.Tests.Postgres;

public sealed class PostgresApiKeyStoreTests(PostgresTestDatabase database) : ApiKeyStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    private readonly PostgresScope _scope = new(database);

    protected override IApiKeyStore Open(bool another) => new PostgresApiKeyStore(_scope.Open(), Clock);

    protected override Task<object?> ScalarAsync(string sql) => _scope.ScalarAsync(sql);

    protected override async Task CleanupAsync() => await _scope.DisposeAsync();
}
