namespace IntakeBot.Content.Tests.Texts;

/// <summary>Readability of one text: Flesch-Douma, LIX and the longest sentence in words.</summary>
internal sealed record ReadabilityScore(double FleschDouma, double Lix, int LongestSentence, int Words, int Sentences);
