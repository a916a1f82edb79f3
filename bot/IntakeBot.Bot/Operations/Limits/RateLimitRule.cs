namespace IntakeBot.Bot.Operations.Limits;

/// <summary>A fixed-window rate limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    /// <summary>The requests allowed per window. Zero or less switches this limit off.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window. Default one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True when the rule limits anything.</summary>
    internal bool IsOn => PermitLimit > 0;

    /// <summary>The window, never zero or negative.</summary>
    internal TimeSpan SafeWindow => Window > TimeSpan.Zero ? Window : TimeSpan.FromMinutes(1);

    internal static RateLimitRule PerMinute(int permits) => new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) };
}
