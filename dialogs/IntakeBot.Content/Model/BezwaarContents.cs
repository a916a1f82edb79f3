namespace IntakeBot.Content.Model;

/// <summary>What a bezwaarschrift must contain (Awb 6:5).</summary>
public sealed record BezwaarContents(IReadOnlyList<string> Required, string Source);
