using IntakeBot.Content;
using IntakeBot.Recognizers.Organisation;

namespace IntakeBot.Intake.Understanding;

/// <summary>The names people may type for each organisation and confidant, taken from content/.</summary>
public static class ContentOrganisationNames
{
    /// <summary>
    /// For every organisation its name, short name, aliases and the names of its parts (partners, locations, schemes);
    /// for every confidant its name and former name, with a bracketed abbreviation as a name of its own
    /// ("Advies- en Klachtenbureau Jeugdzorg (AKJ)" gives "AKJ" too, as AKJ is now Jeugdstem).
    /// </summary>
    public static IReadOnlyList<OrganisationNames> From(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var table = new List<OrganisationNames>();
        foreach (var organisation in catalog.Organisations.Values)
        {
            IEnumerable<string> names = [organisation.Name, organisation.ShortName, .. organisation.Aliases];
            foreach (var part in organisation.Parts)
            {
                names = names.Append(part.Name).Concat(part.Aliases ?? []);
            }

            table.Add(new OrganisationNames(organisation.Id, Distinct(names)));
        }

        foreach (var contact in catalog.Contacts.Values.Where(c => c.Purpose == "confidant"))
        {
            IEnumerable<string> names = [contact.Name];
            if (contact.FormerName is { } former)
            {
                names = names.Concat(SplitAbbreviation(former));
            }

            table.Add(new OrganisationNames(contact.Id, Distinct(names)));
        }

        return table;
    }

    private static IEnumerable<string> SplitAbbreviation(string name)
    {
        var open = name.LastIndexOf('(');
        var close = name.LastIndexOf(')');
        if (open <= 0 || close <= open + 1)
        {
            return [name];
        }

        return [name[..open].Trim(), name[(open + 1)..close].Trim()];
    }

    private static List<string> Distinct(IEnumerable<string> names) =>
        [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
