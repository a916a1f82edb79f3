namespace IntakeBot.Understanding.Analytics;

/// <summary>Personal data found in a text. <paramref name="Offset"/> and <paramref name="Length"/> count UTF-16 code units.</summary>
public sealed record PiiEntity(string Text, string Category, int Offset, int Length, double Confidence);
