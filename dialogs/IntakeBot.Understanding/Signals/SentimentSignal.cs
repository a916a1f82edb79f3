namespace IntakeBot.Understanding.Signals;

/// <summary>Sentiment from -1 (very negative) to 1 (very positive); 0 when nothing scored. <paramref name="Label"/> is negative, neutral or positive.</summary>
public sealed record SentimentSignal(double Score, string Label)
{
    /// <summary>The label for a score, with a small dead zone around zero.</summary>
    public static string LabelFor(double score) => score switch
    {
        <= -0.2 => "negative",
        >= 0.2 => "positive",
        _ => "neutral",
    };
}
