using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>Picks the kind rule of the right scheme: the answer, else the age group, else the first (with a notice).</summary>
internal static class SchemeSelector
{
    public static KindRule Select(IReadOnlyList<KindRule> rules, RoutingAnswers answers, List<TextRef> notices)
    {
        if (rules.Count == 1)
        {
            return rules[0];
        }

        if (rules.FirstOrDefault(r => r.Scheme == answers.Scheme) is { } chosen)
        {
            return chosen;
        }

        var rule = rules.FirstOrDefault(r => r.AgeGroups?.Contains(answers.AgeGroup) == true) ?? rules[0];
        notices.Add(TextRef.Of(RouterTextKeys.SchemeAssumed, TextArgument.Of("scheme", rule.Scheme ?? string.Empty)));
        return rule;
    }
}
