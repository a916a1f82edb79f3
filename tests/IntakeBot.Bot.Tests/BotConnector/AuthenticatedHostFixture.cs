namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>One fake Azure and one authenticated host, shared by the token catalogue.</summary>
public sealed class AuthenticatedHostFixture : IAsyncLifetime
{
    internal TestSigningKey TeamsKey { get; } = new("teams-key", "msteams", "webchat");

    internal TestSigningKey SkypeOnlyKey { get; } = new("skype-key", "skype");

    internal TestSigningKey StrangerKey { get; } = new("stranger-key", "msteams");

    internal FakeBotFrameworkServer Server { get; private set; } = null!;

    internal ConnectorHost Host { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeBotFrameworkServer.StartAsync(TeamsKey, SkypeOnlyKey);
        Host = new ConnectorHost(ConnectorHost.Authenticated(Server));
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Server.DisposeAsync();
        TeamsKey.Dispose();
        SkypeOnlyKey.Dispose();
        StrangerKey.Dispose();
    }
}
