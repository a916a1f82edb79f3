using System.Text.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging.Debug;
using Microsoft.Extensions.Logging.EventSource;

namespace IntakeBot.Bot.Operations;

/// <summary>Structured logs: with "Logging:Format" = "json" the console writes one JSON object per line, scopes included.</summary>
public static class LoggingRegistration
{
    /// <summary>
    /// Razor Pages logs every handler's arguments at Trace: the staff password on sign-in, note texts, TOTP codes.
    /// This category is therefore never logged below Debug, whatever Logging:LogLevel says for wider categories.
    /// </summary>
    public const string HandlerArgumentsCategory = "Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.PageActionInvoker";

    /// <summary>The configuration key of the framework's request logging level.</summary>
    public const string DefaultsKey = "Logging:LogLevel:Microsoft.AspNetCore";

    /// <summary>Switches the console to JSON when configured; otherwise leaves the simple console of <c>dotnet run</c>.</summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // ASP.NET Core logs every request at Information (start, endpoint, finish: about eight console lines per
        // Direct Line turn). As in ASP.NET Core's templates, Microsoft.AspNetCore starts at Warning; this default has the
        // lowest priority, so Logging:LogLevel:Microsoft.AspNetCore in any configuration source overrides it.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = [new(DefaultsKey, nameof(LogLevel.Warning))],
        });
        // Provider-specific settings (Logging:Console:LogLevel:...) outrank general rules, so each built-in provider gets its own.
        builder.Logging.AddFilter(HandlerArgumentsCategory, LogLevel.Debug)
            .AddFilter<ConsoleLoggerProvider>(HandlerArgumentsCategory, LogLevel.Debug)
            .AddFilter<DebugLoggerProvider>(HandlerArgumentsCategory, LogLevel.Debug)
            .AddFilter<EventSourceLoggerProvider>(HandlerArgumentsCategory, LogLevel.Debug);
        var format = builder.Configuration.GetSection(LogFormatOptions.SectionName).Get<LogFormatOptions>() ?? new LogFormatOptions();
        if (string.Equals(format.Format?.Trim(), LogFormatOptions.Json, StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                options.JsonWriterOptions = new JsonWriterOptions { Indented = false };
            });
        }

        return builder;
    }
}
