using System.Text.Json;

namespace IntakeBot.Bot.Operations;

/// <summary>Structured logs: with "Logging:Format" = "json" the console writes one JSON object per line, scopes included.</summary>
public static class LoggingRegistration
{
    /// <summary>Switches the console to JSON when configured; otherwise leaves the simple console of <c>dotnet run</c>.</summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
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
