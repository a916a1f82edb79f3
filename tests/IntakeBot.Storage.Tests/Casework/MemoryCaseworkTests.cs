using IntakeBot.Casework.Memory;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Casework;

public sealed class MemoryCaseworkTests : CaseworkContractTests
{
    protected override Task<CaseworkStores> CreateStoresAsync()
    {
        var cases = new MemoryCaseStore();
        var deliveries = new MemoryDeliveryLog();
        return Task.FromResult(new CaseworkStores(cases, new MemoryCaseRegister(cases, deliveries), new MemoryTranscriptStore(cases), deliveries, new MemoryAuditLog()));
    }
}
