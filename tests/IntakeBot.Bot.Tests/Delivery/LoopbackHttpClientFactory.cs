namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>An <see cref="IHttpClientFactory"/> handing out clients over one handler, like the host's (no redirects).</summary>
internal sealed class LoopbackHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler _handler = new() { AllowAutoRedirect = false, UseCookies = false };

    public HttpClient CreateClient(string name) => new(_handler, disposeHandler: false);

    public void Dispose() => _handler.Dispose();
}
