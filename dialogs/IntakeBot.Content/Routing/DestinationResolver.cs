using IntakeBot.Content.Model;

namespace IntakeBot.Content.Routing;

/// <summary>
/// Resolves a destination id to its name and channels: the organisation's own destination, a national contact,
/// or the municipality of a bezwaar. Unverified channels are dropped when a verified one exists.
/// </summary>
internal sealed class DestinationResolver(ContentCatalog catalog)
{
    public const string MunicipalityId = "municipality";

    public RoutedDestination Resolve(Organisation organisation, string id, RoutingAnswers answers)
    {
        var destination = organisation.FindDestination(id);
        if (destination?.Role == DestinationRole.Municipality || (destination is null && id == MunicipalityId))
        {
            return Municipality(organisation, answers);
        }

        if (destination is null)
        {
            // bezwaar.yaml steps name national contacts directly.
            var contact = catalog.Contacts[id];
            return new RoutedDestination(contact.Id, contact.Name, DestinationRole.Confidant, Usable(contact.Channels), ContactId: contact.Id);
        }

        var channels = destination.Contact is { } contactId ? catalog.Contacts[contactId].Channels : destination.Channels ?? [];
        return new RoutedDestination(destination.Id, destination.Name, destination.Role, Usable(channels), ContactId: destination.Contact);
    }

    public Municipality? FindMunicipality(Organisation organisation, RoutingAnswers answers)
    {
        var id = answers.Municipality ?? organisation.DefaultMunicipality;
        return id is null ? null : catalog.Bezwaar.Municipalities.FirstOrDefault(m => m.Id == id);
    }

    private RoutedDestination Municipality(Organisation organisation, RoutingAnswers answers) =>
        FindMunicipality(organisation, answers) is { } municipality
            ? new RoutedDestination(municipality.Id, municipality.Name, DestinationRole.Municipality, Usable(municipality.Channels))
            : new RoutedDestination(MunicipalityId, null, DestinationRole.Municipality, [], NameKey: RouterTextKeys.UnknownMunicipalityName);

    private static IReadOnlyList<Channel> Usable(IReadOnlyList<Channel> channels) =>
        channels.Any(c => c.Verified) ? [.. channels.Where(c => c.Verified)] : channels;
}
