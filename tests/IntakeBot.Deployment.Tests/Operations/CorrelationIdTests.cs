using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Bot.Operations;
using IntakeBot.Dialogs.State;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class CorrelationIdTests
{
    [Fact]
    public async Task CallersCorrelationId_IsEchoed()
    {
        using var host = new OperationsHost();
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("X-Correlation-Id", "melding-42");

        using var response = await http.SendAsync(request);

        Assert.Equal("melding-42", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task TraceParent_GivesTheTraceId()
    {
        using var host = new OperationsHost();
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        using var response = await http.SendAsync(request);

        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task UnsafeOrMissingIds_GetANewOne()
    {
        using var host = new OperationsHost();
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");

        using var unsafeResponse = await http.SendAsync(request);
        using var missing = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(unsafeResponse.Headers.GetValues("X-Correlation-Id")));
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(missing.Headers.GetValues("X-Correlation-Id")));
        Assert.NotEqual(unsafeResponse.Headers.GetValues("X-Correlation-Id").Single(), missing.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task LogsDuringARequest_CarryTheCorrelationId()
    {
        using var host = new OperationsHost(services => services.AddSingleton<IStorage>(new FailingStorage()));
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/readyz");
        request.Headers.Add("X-Correlation-Id", "melding-43");

        using var response = await http.SendAsync(request);

        var entry = Assert.Single(host.Logs.Entries, log => log.Message.StartsWith("Readiness: the state storage read failed", StringComparison.Ordinal));
        Assert.Equal("melding-43", entry.Scope[CorrelationIdMiddleware.ScopeKey]);
    }

    [Fact]
    public void IdReaders_NeverThrow_AndOnlyReturnShortSafeIds()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var value = text ?? string.Empty;
            var fromHeader = CorrelationIdMiddleware.FromHeader(value);
            var fromTrace = CorrelationIdMiddleware.FromTraceParent(value);
            return (fromHeader is null || (fromHeader.Length <= 64 && fromHeader.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')))
                && (fromTrace is null || (fromTrace.Length == 32 && fromTrace.All(char.IsAsciiHexDigitLower)));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("00-00000000000000000000000000000000-00f067aa0ba902b7-01")]
    [InlineData("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7")]
    [InlineData("")]
    public void InvalidTraceParents_AreIgnored(string traceParent) => Assert.Null(CorrelationIdMiddleware.FromTraceParent(traceParent));
}
