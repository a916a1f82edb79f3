using System.Text;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Tests.Cases;
using IntakeBot.Testing.Postgres;

namespace IntakeBot.Storage.Tests.Postgres;

public sealed class PostgresCaseStoreTests(PostgresTestDatabase database) : DatabaseCaseStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    private readonly PostgresScope _scope = new(database);

    protected override ICaseStore CreateStore() => new PostgresCaseStore(_scope.Open(), PlaintextProtector.Instance);

    protected override ICaseStore OpenAnother() => new PostgresCaseStore(_scope.Open(), PlaintextProtector.Instance);

    protected override Task<object?> ScalarAsync(string sql) => _scope.ScalarAsync(sql);

    protected override async Task CleanupAsync() => await _scope.DisposeAsync();

    [Fact]
    public async Task Fields_AreStoredProtected_AndReadBackPlain()
    {
        var protector = new Base64Protector();
        var store = new PostgresCaseStore(_scope.Open(), protector);
        var created = Samples.Next();

        await store.CreateAsync(created);

        var stored = (string)(await ScalarAsync($"SELECT fields FROM cases WHERE reference = '{created.Reference}';"))!;
        Assert.StartsWith(Base64Protector.Marker, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(created.Fields[CaseFieldNames.Name], stored, StringComparison.Ordinal);
        CaseAssert.Same(created, await store.GetAsync(created.Reference));
        Assert.Equal(2, protector.Calls);
    }

    [Fact]
    public async Task Schema_HasTheTablesAndIndicesOfTheSqliteSchema()
    {
        await Store.GetAsync("KL-7F3K-9Q");

        var names = await ScalarAsync(
            "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'i');");

        Assert.Superset(
            new HashSet<string>(["cases", "case_events", "api_keys", "state_items", "schema_version", "cases_conversation", "cases_organisation", "case_events_pending"]),
            new HashSet<string>(((string)names!).Split(',')));
    }

    /// <summary>Marks what it protects, so a test can see that the column does not hold the plain JSON.</summary>
    private sealed class Base64Protector : IPersonalDataProtector
    {
        public const string Marker = "b64:";

        public int Calls { get; private set; }

        public string Protect(string plaintext)
        {
            Calls++;
            return Marker + Convert.ToBase64String(Encoding.UTF8.GetBytes(plaintext));
        }

        public string Unprotect(string protectedText)
        {
            Calls++;
            return Encoding.UTF8.GetString(Convert.FromBase64String(protectedText[Marker.Length..]));
        }
    }
}
