using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Storage.Tests.DirectLine;

public sealed class MemoryDirectLineStoreTests : DirectLineStoreContractTests
{
    protected override IDirectLineStore CreateStore() => new MemoryDirectLineStore();
}
