namespace IntakeBot.Bot.Hosting;

/// <summary>Where the content (organisations, texts, rules) is read from.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder; defaults to the copy next to the host.</summary>
    public string RootPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "content");
}
