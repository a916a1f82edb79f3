using IntakeBot.Intake.Understanding;
using IntakeBot.Recognizers.Choice;
using IntakeBot.Recognizers.DateTime;
using IntakeBot.Recognizers.Number;
using IntakeBot.Recognizers.Organisation;
using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// Maps a <c>kind</c> of the <c>recognize</c> subcommand to the recognizer that serves it. Kinds are
/// case-insensitive. Build one with <see cref="CreateDefault"/> and extend it with <see cref="Add"/>
/// (datetime, number, ordinal, percentage come from the number and date recognizers).
/// </summary>
public sealed class RecognizerRegistry
{
    private readonly Dictionary<string, RecognizeHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The kinds this registry serves, sorted.</summary>
    public IReadOnlyList<string> Kinds => [.. _handlers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// A registry serving every kind: datetime, number, ordinal, percentage, phonenumber, email, url, boolean, postcode and organisation.
    /// </summary>
    /// <param name="organisations">The organisation names to recognize, built from content/ (<see cref="ContentOrganisationNames"/>).</param>
    public static RecognizerRegistry CreateDefault(OrganisationNameRecognizer organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var organisationRecognizer = organisations;
        return new RecognizerRegistry()
            .Add("phonenumber", r => PhoneNumberRecognizer.Recognize(r.Text))
            .Add("email", r => EmailRecognizer.Recognize(r.Text))
            .Add("url", r => UrlRecognizer.Recognize(r.Text))
            .Add("boolean", r => BooleanRecognizer.RecognizeModelResults(r.Text, r.Culture))
            .Add("postcode", r => PostcodeRecognizer.Recognize(r.Text))
            .Add("organisation", r => organisationRecognizer.RecognizeModelResults(r.Text))
            .Add("datetime", r => DateTimeRecognizer.Recognize(r.Text, r.Culture, r.Reference))
            .Add("number", r => NumberRecognizer.Recognize(r.Text, r.Culture))
            .Add("ordinal", r => OrdinalRecognizer.Recognize(r.Text, r.Culture))
            .Add("percentage", r => PercentageRecognizer.Recognize(r.Text, r.Culture));
    }

    /// <summary>Adds or replaces the handler for <paramref name="kind"/>; returns this registry for chaining.</summary>
    public RecognizerRegistry Add(string kind, RecognizeHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(handler);
        _handlers[kind] = handler;
        return this;
    }

    /// <summary>Finds the handler for <paramref name="kind"/>.</summary>
    public bool TryGet(string kind, out RecognizeHandler handler) => _handlers.TryGetValue(kind, out handler!);
}
