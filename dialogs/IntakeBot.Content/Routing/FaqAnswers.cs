using System.Globalization;
using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>
/// Answers a "vraag" from the organisation's facts: the stated fact when the regulation states it, otherwise the
/// text that says the regulation is silent and the organisation will tell you.
/// </summary>
public static class FaqAnswers
{
    /// <summary>The texts to say, in order, for a topic at an organisation.</summary>
    public static IReadOnlyList<TextRef> Answer(Organisation organisation, FaqTopic topic)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var name = TextArgument.Of("organisation", organisation.ShortName);
        var klacht = organisation.RulesFor(Kind.Klacht).FirstOrDefault();
        return topic switch
        {
            FaqTopic.Costs => [TextRef.Of(organisation.Costs is { Stated: true, Free: true } ? "faq.costs" : "faq.costs.not_stated", name)],
            FaqTopic.Anonymity => [TextRef.Of("faq.anonymity"), TextRef.Of(Notices.AnonymityKey(klacht?.Anonymity.Rule ?? AnonymityRuleKind.NotStated), name)],
            FaqTopic.Duration => [TextRef.Of(klacht?.Deadlines.Count > 0 ? "faq.duration" : "deadline.handling_not_stated", name)],
            FaqTopic.Withdrawal => [TextRef.Of(organisation.Withdrawal is { Stated: true, When: "any-time" } ? "faq.withdrawal.any_time_email" : "faq.withdrawal.not_stated", name)],
            FaqTopic.Confidant => [TextRef.Of("faq.confidant")],
            FaqTopic.FileAccess => [TextRef.Of(organisation.FileAccess is { Stated: true } ? "faq.file_access" : "faq.file_access.not_stated", name)],
            FaqTopic.Retention => [Retention(organisation, name)],
            FaqTopic.TalkFirst => [TextRef.Of("faq.talk_first")],
            _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "unknown topic"),
        };
    }

    // A maximum ("maximaal 2 jaar") is said as a maximum, never as a fixed term.
    private static TextRef Retention(Organisation organisation, TextArgument name) =>
        organisation.Retention is { Stated: true, Years: { } years }
            ? TextRef.Of(
                organisation.Retention.Maximum == true ? "faq.retention.maximum" : "faq.retention",
                name,
                TextArgument.Of("amount", years.ToString(CultureInfo.InvariantCulture)))
            : TextRef.Of("faq.retention.not_stated", name);

    /// <summary>Every text key an answer can use; the loader checks they exist.</summary>
    internal static readonly IReadOnlyList<string> Keys =
    [
        "faq.costs", "faq.costs.not_stated", "faq.anonymity", "faq.duration", "faq.withdrawal.any_time_email",
        "faq.withdrawal.not_stated", "faq.confidant", "faq.file_access", "faq.file_access.not_stated", "faq.retention",
        "faq.retention.maximum", "faq.retention.not_stated", "faq.talk_first",
    ];
}
