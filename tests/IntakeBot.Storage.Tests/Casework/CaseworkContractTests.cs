using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Storage.Tests.Casework;

/// <summary>
/// The behaviour every provider of the casework stores must show (memory, SQLite, PostgreSQL). A provider's class
/// derives from this and supplies fresh, empty stores; xunit creates one instance per test.
/// </summary>
public abstract partial class CaseworkContractTests : IAsyncLifetime
{
    private protected static readonly CaseScope Kracht = CaseScope.For("kracht-den-haag");
    private protected static readonly CaseScope Blijf = CaseScope.For("blijf-groep");
    private protected static readonly StaffActor Officer = new("u-1", "Fatima de Vries", "kracht-den-haag");
    private protected static readonly StaffActor Colleague = new("u-2", "Daan Jansen", "kracht-den-haag");
    private protected static readonly DateTimeOffset Start = SampleCases.Start;

    private CaseworkStores? _stores;

    private protected SampleCases Samples { get; } = new();

    private protected ICaseStore Cases => Stores.Cases;

    private protected ICaseRegister Register => Stores.Register;

    private protected ITranscriptStore Transcripts => Stores.Transcripts;

    private protected IDeliveryLog Deliveries => Stores.Deliveries;

    private protected IAuditLog Audit => Stores.Audit;

    private CaseworkStores Stores => _stores ?? throw new InvalidOperationException("InitializeAsync has not run.");

    public async Task InitializeAsync() => _stores = await CreateStoresAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in new object?[] { _stores?.Cases, _stores?.Register, _stores?.Transcripts, _stores?.Deliveries, _stores?.Audit })
        {
            (store as IDisposable)?.Dispose();
        }

        await CleanupAsync();
    }

    /// <summary>New, empty stores over one database. Called once per test.</summary>
    protected abstract Task<CaseworkStores> CreateStoresAsync();

    /// <summary>Runs after the stores are disposed: close databases, delete files.</summary>
    protected virtual Task CleanupAsync() => Task.CompletedTask;

    private protected async Task<IntakeCase> CreateAsync(IntakeCase intakeCase)
    {
        await Cases.CreateAsync(intakeCase);
        return intakeCase;
    }

    private protected async Task<IReadOnlyList<string>> ReferencesAsync(CaseScope scope, CaseQuery query) =>
        [.. (await Register.ListAsync(scope, query)).Cases.Select(c => c.Case.Reference)];
}
