namespace IntakeBot.Content.Model;

/// <summary>One way to reach a destination. <see cref="Verified"/> is false for contacts the seed contradicts.</summary>
public sealed record Channel(
    ChannelType Type,
    string Source,
    string? Value = null,
    string? Url = null,
    string? Label = null,
    string? LabelKey = null,
    string? Hours = null,
    string? Via = null,
    bool Verified = true,
    bool Preferred = false,
    bool? Free = null,
    bool? Anonymous = null,
    string? Discrepancy = null);
