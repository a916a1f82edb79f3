using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Tests.DirectLine;
using IntakeBot.Testing.Postgres;

namespace IntakeBot.Storage.Tests.Postgres;

public sealed class PostgresDirectLineStoreTests(PostgresTestDatabase database) : DatabaseDirectLineStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    private readonly PostgresScope _scope = new(database);

    protected override IDirectLineStore CreateStore() => new PostgresDirectLineStore(_scope.Open());

    protected override IDirectLineStore OpenAnother() => new PostgresDirectLineStore(_scope.Open());

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _scope.DisposeAsync();
    }

    [Fact]
    public async Task Ids_WithControlCharactersAndEmoji_AreKeptExactly()
    {
        const string Conversation = "gesprek\u0000met nul \U0001F600 \u05E9\u05DC\u05D5\u05DD";
        await Store.CreateConversationAsync(Conversation, "gebruiker\u0000", Start);
        await Store.SaveFileAsync(new DirectLineFile(Conversation, "bestand\u0000", "text/plain", "naam\u0000.txt", "hoi"u8.ToArray()));
        await Store.AppendAsync(Conversation, [new DirectLineEntry("message\u0000", (_, _) => "{\"text\":\"nul \\u0000\"}")], Start);

        Assert.Equal("gebruiker\u0000", (await Store.GetConversationAsync(Conversation))!.UserId);
        Assert.Equal("naam\u0000.txt", (await Store.GetFileAsync(Conversation, "bestand\u0000"))!.Name);
        Assert.Equal("message\u0000", (await Store.ReadAsync(Conversation, 0, 10)).Single().Type);
        Assert.Equal(1, await Store.DeleteInactiveAsync(Start.AddDays(1)));
        Assert.Null(await Store.GetFileAsync(Conversation, "bestand\u0000"));
    }
}
