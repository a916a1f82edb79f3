namespace IntakeBot.Bot.Operations;

/// <summary>How the console log is written (configuration key "Logging:Format").</summary>
public sealed class LogFormatOptions
{
    /// <summary>The configuration section (shared with the framework's "Logging:LogLevel").</summary>
    public const string SectionName = "Logging";

    /// <summary>The value of <see cref="Format"/> for one JSON object per line.</summary>
    public const string Json = "json";

    /// <summary>"simple" (default, readable for <c>dotnet run</c>) or "json" (one object per line with scopes, for log collectors).</summary>
    public string Format { get; set; } = "simple";
}
