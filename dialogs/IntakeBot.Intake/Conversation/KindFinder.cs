using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// Proposes a kind from the story with the classifier. A story about two things (praise for one worker, a
/// complaint about another) becomes two cases: the heavier one first.
/// </summary>
internal static class KindFinder
{
    private const string Question = "vraag";

    /// <summary>Sets the proposal (or leaves it empty when unsure); returns true when the story was a question.</summary>
    public static async Task<bool> ProposeAsync(IntakeTurn turn)
    {
        var state = turn.State;
        var result = turn.Services.Classifier.Classify(state.StoryText);
        state.ProposedKind = result.Unsure ? null : Parse(result.Label);
        state.ProposalDeclined = false;
        if (!result.Unsure && result.Label == Question)
        {
            await AnswerQuestionAsync(turn).ConfigureAwait(false);
            return true;
        }

        if (FindTwoThings(turn) is { } two)
        {
            state.ProposedKind = two.First;
            state.Second = two.Second;
            await turn.SayAsync("kind.two_things").ConfigureAwait(false);
        }

        return false;
    }

    /// <summary>Answers a question from the organisation's facts, then asks whether to go on with a message.</summary>
    public static async Task AnswerQuestionAsync(IntakeTurn turn)
    {
        var organisation = turn.Services.Catalog.Organisation(turn.State.OrganisationId!);
        var topic = turn.Services.Words.TopicOf(turn.State.StoryText);
        var lines = new List<string> { turn.Text("kind.vraag.heard") };
        lines.AddRange(topic is { } t ? FaqAnswers.Answer(organisation, t).Select(turn.Text) : [turn.Text("faq.unknown")]);
        await turn.SendAsync(string.Join(Environment.NewLine, lines)).ConfigureAwait(false);
    }

    /// <summary>The kind for a classifier label, or null for "vraag", "anders" and "crisis".</summary>
    public static Kind? Parse(string label) => label switch
    {
        "klacht" => Kind.Klacht,
        "bezwaar" => Kind.Bezwaar,
        "signaal" => Kind.Signaal,
        "compliment" => Kind.Compliment,
        "idee" => Kind.Idee,
        _ => null,
    };

    private static (Kind First, SecondThing Second)? FindTwoThings(IntakeTurn turn)
    {
        var fragments = Fragments(turn.State.StoryText)
            .Select(f => (Text: f, Result: turn.Services.Classifier.Classify(f)))
            .Where(f => !f.Result.Unsure && Parse(f.Result.Label) is not null)
            .Select(f => (f.Text, Kind: Parse(f.Result.Label)!.Value))
            .ToList();
        var heavy = fragments.Where(f => f.Kind is Kind.Klacht or Kind.Signaal).ToList();
        var light = fragments.Where(f => f.Kind is Kind.Compliment or Kind.Idee).ToList();
        if (heavy.Count == 0 || light.Count == 0)
        {
            return null;
        }

        var secondKind = light[0].Kind;
        var secondText = string.Join(" ", light.Where(f => f.Kind == secondKind).Select(f => f.Text));
        return (heavy[0].Kind, new SecondThing(secondKind, secondText));
    }

    /// <summary>Sentences, split again at "maar"/"but", with at least three words.</summary>
    internal static IEnumerable<string> Fragments(string story)
    {
        foreach (var sentence in story.Split(['.', '!', '?', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var part in sentence.Split([" maar ", " but ", ", maar", ", but"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>The description of the first case: the story without the words about the second thing.</summary>
    public static string FirstDescription(IntakeState state)
    {
        if (state.Second is null)
        {
            return state.StoryText;
        }

        var rest = state.StoryText;
        foreach (var fragment in Fragments(state.Second.Description).Where(f => state.Second.Description.Contains(f, StringComparison.Ordinal)))
        {
            rest = rest.Replace(fragment, string.Empty, StringComparison.Ordinal);
        }

        var trimmed = rest.Trim(' ', '.', ',', '\n', '\r');
        return trimmed.Length > 0 ? trimmed : state.StoryText;
    }
}
