namespace IntakeBot.Understanding.Content;

/// <summary>The file <c>sentiment.yaml</c>: word and emoji scores, negators and intensifiers.</summary>
public sealed class SentimentDocument
{
    public Dictionary<string, double> Words { get; set; } = [];

    public Dictionary<string, double> Emoji { get; set; } = [];

    public List<string> Negators { get; set; } = [];

    public List<string> Intensifiers { get; set; } = [];
}
