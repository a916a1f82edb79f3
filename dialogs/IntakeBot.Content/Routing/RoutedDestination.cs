using IntakeBot.Content.Model;

namespace IntakeBot.Content.Routing;

/// <summary>
/// A destination with the channels to show. <see cref="Name"/> is null when only <see cref="NameKey"/> (a text key) is known.
/// Unverified channels are left out when a verified one exists.
/// </summary>
public sealed record RoutedDestination(string Id, string? Name, DestinationRole Role, IReadOnlyList<Channel> Channels, string? NameKey = null, string? ContactId = null);
