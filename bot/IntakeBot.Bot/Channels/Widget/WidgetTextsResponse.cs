namespace IntakeBot.Bot.Channels.Widget;

/// <summary>The body of GET /api/widget/texts: the labels in one language and the quick-exit address.</summary>
internal sealed record WidgetTextsResponse(string Language, IReadOnlyDictionary<string, string> Texts, string ExitUrl);
