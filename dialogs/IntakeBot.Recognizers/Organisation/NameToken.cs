namespace IntakeBot.Recognizers.Organisation;

/// <summary>A normalised word and its place in the original text (<see cref="End"/> exclusive).</summary>
internal readonly record struct NameToken(string Key, int Start, int End);
