using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>Notices from the organisation's rules: anonymity, who may complain, minors and consent.</summary>
public static class Notices
{
    internal static void Add(Organisation organisation, KindRule rule, RoutingAnswers answers, List<TextRef> notices)
    {
        var name = TextArgument.Of("organisation", organisation.ShortName);
        if (answers.WantsAnonymity)
        {
            notices.Add(TextRef.Of(AnonymityKey(rule.Anonymity.Rule), name));
        }

        if (rule.Kind != Kind.Klacht)
        {
            return;
        }

        var who = organisation.WhoMayComplain;
        if (who.Stated && answers.Role is { } role && who.Roles is { } roles && !roles.Contains(role))
        {
            notices.Add(TextRef.Of(RouterTextKeys.WhoCheck, name));
        }

        if (who.Minors == "with-adult" && answers.AgeGroup == AgeGroup.Under18 && answers.Role is null or Role.YoungPerson)
        {
            notices.Add(TextRef.Of(RouterTextKeys.MinorWithAdult, name));
        }

        if (rule.Consent.WrittenBeforeSharing)
        {
            notices.Add(TextRef.Of(RouterTextKeys.ConsentWritten, name));
        }
    }

    /// <summary>The text key that explains an anonymity rule.</summary>
    public static string AnonymityKey(AnonymityRuleKind rule) => rule switch
    {
        AnonymityRuleKind.NotAllowed => RouterTextKeys.AnonymityNotAllowed,
        AnonymityRuleKind.RegisteredNotHandled => RouterTextKeys.AnonymityRegisteredOnly,
        AnonymityRuleKind.Allowed => RouterTextKeys.AnonymityAllowed,
        _ => RouterTextKeys.AnonymityNotStated,
    };
}
