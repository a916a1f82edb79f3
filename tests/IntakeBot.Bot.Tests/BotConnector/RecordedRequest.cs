namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>A request the fake connector received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body);
