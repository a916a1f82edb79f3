namespace IntakeBot.Content.Model;

/// <summary>How to read or copy the complaint file.</summary>
public sealed record FileAccessFact(bool Stated, string? Channel = null, string? Value = null, string? Source = null);
