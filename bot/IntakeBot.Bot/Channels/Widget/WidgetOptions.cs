namespace IntakeBot.Bot.Channels.Widget;

/// <summary>Settings of the chat pages (configuration section "Widget").</summary>
public sealed class WidgetOptions
{
    public const string SectionName = "Widget";

    /// <summary>The folder the pages are served from; defaults to the copy next to the host.</summary>
    public string WebRoot { get; set; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Where "Snel weg" sends the person: a neutral page that does not hint at the chat.</summary>
    public string ExitUrl { get; set; } = "https://www.google.nl/search?q=weer";

    /// <summary>
    /// Origins of the organisations' sites that may show the chat in an iframe (embed.js), e.g. "https://www.kracht.nl".
    /// Empty: only this host itself may frame the pages.
    /// </summary>
    public IReadOnlyList<string> FrameAncestors { get; set; } = [];
}
