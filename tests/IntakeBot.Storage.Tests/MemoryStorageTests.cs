using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
