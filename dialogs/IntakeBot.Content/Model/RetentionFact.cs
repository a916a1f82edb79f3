namespace IntakeBot.Content.Model;

/// <summary>How long the complaint file is kept.</summary>
public sealed record RetentionFact(
    bool Stated,
    int? Years = null,
    bool? Maximum = null,
    bool? Extendable = null,
    bool? SeparateFromClientFile = null,
    string? Source = null);
