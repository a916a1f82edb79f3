namespace IntakeBot.Content.Model;

/// <summary>A municipality that receives bezwaren, with its channels.</summary>
public sealed record Municipality(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<Channel> Channels, string Source);
