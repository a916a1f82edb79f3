using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class StructuredLoggingTests
{
    [Fact]
    public void JsonFormat_WritesJsonLines_WithScopes()
    {
        using var host = new OperationsHost(settings: [("Logging:Format", "json")]);

        var console = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = host.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
        Assert.False(json.JsonWriterOptions.Indented);
    }

    [Fact]
    public void DefaultFormat_StaysTheSimpleConsole()
    {
        using var host = new OperationsHost();

        var console = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.NotEqual(ConsoleFormatterNames.Json, console.FormatterName);
    }
}
