namespace IntakeBot.Understanding.Content;

/// <summary>One crisis category: which help applies and the phrases that signal it.</summary>
public sealed class CrisisCategoryDocument
{
    public List<string> Help { get; set; } = [];

    public List<string> Phrases { get; set; } = [];
}
