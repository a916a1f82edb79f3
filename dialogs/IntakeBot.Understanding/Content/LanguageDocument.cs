namespace IntakeBot.Understanding.Content;

/// <summary>The file <c>language.yaml</c>: frequent function words per language.</summary>
public sealed class LanguageDocument
{
    public Dictionary<string, List<string>> Words { get; set; } = [];
}
