using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content;

/// <summary>All validated content, loaded once at start-up by <see cref="Loading.ContentLoader.Load"/>.</summary>
public sealed record ContentCatalog(
    IReadOnlyDictionary<string, Organisation> Organisations,
    IReadOnlyDictionary<string, Contact> Contacts,
    IReadOnlyList<string> CrisisOrder,
    BezwaarRules Bezwaar,
    CalendarSettings Calendar,
    TextCatalog Texts,
    Interruptions Interruptions,
    Vocabulary Vocabulary)
{
    /// <summary>The organisation with this id, or throws <see cref="KeyNotFoundException"/> naming the id.</summary>
    public Organisation Organisation(string id) =>
        Organisations.TryGetValue(id, out var organisation)
            ? organisation
            : throw new KeyNotFoundException($"Unknown organisation id '{id}'.");

    /// <summary>The labels of the chat pages per language (content/widget), e.g. WidgetTexts["nl"]["exit.button"].</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> WidgetTexts { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

    /// <summary>The crisis contacts in the order they are shown.</summary>
    public IReadOnlyList<Contact> CrisisContacts => [.. CrisisOrder.Select(id => Contacts[id])];
}
