namespace IntakeBot.Content.Model;

/// <summary>A person or body a step sends the user to. <see cref="Contact"/> refers to contacts.yaml.</summary>
public sealed record Destination(
    string Id,
    string Name,
    DestinationRole Role,
    string Source,
    string? Contact = null,
    IReadOnlyList<Channel>? Channels = null);
