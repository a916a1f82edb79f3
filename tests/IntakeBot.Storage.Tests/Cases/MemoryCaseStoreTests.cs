using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Cases;

public sealed class MemoryCaseStoreTests : CaseStoreContractTests
{
    protected override ICaseStore CreateStore() => new MemoryCaseStore();
}
