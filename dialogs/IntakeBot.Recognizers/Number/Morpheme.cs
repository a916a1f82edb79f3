namespace IntakeBot.Recognizers.Number;

/// <summary>One piece of a Dutch number word: a basic number, a scale ("honderd", "miljoen") or the connector "en".</summary>
internal readonly record struct Morpheme(long Value, bool IsScale, bool IsConnector);
