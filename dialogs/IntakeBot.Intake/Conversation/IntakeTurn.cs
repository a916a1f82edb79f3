using System.Text.Json;
using IntakeBot.Content.Texts;
using IntakeBot.Dialogs;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Intake.Conversation;

/// <summary>One turn of the intake: the state, the services, and the ways to speak (all text comes from content).</summary>
internal sealed class IntakeTurn(DialogContext dc, IntakeState state, IntakeServices services)
{
    public DialogContext DialogContext { get; } = dc;
    public ITurnContext Context => DialogContext.Context;
    /// <summary>The state; replaced as a whole on restart and resume. The dialog saves it when the turn ends.</summary>
    public IntakeState State { get; set; } = state;
    public IntakeServices Services { get; } = services;

    private List<string>? _telling;

    /// <summary>Set once a case is created: every later activity of the turn carries it in channelData.caseReference.</summary>
    public string? CaseReference { get; set; }

    /// <summary>The rendered text of a key in the user's language and register.</summary>
    public string Text(string key, params TextArgument[] arguments) =>
        Services.Renderer.Render(new TextRef(key, [.. arguments, .. Common()]), State.Language, State.Register);

    /// <summary>The rendered text of a reference (route reasons, deadlines, notices).</summary>
    public string Text(TextRef text) =>
        Services.Renderer.Render(text with { Arguments = [.. text.Arguments, .. Common()] }, State.Language, State.Register);

    /// <summary>True when content has this key.</summary>
    public bool HasText(string key) => Services.Catalog.Texts.Contains(State.Language, key);

    public Task SayAsync(string key, params TextArgument[] arguments) => SendAsync(Text(key, arguments));

    public Task SendAsync(string text, CancellationToken cancellationToken = default)
    {
        _telling?.Add(text);
        return Context.SendActivityAsync(Decorate(Activity.CreateMessage(text)), cancellationToken);
    }

    /// <summary>The cases this turn submitted, with what it told about each (see <see cref="IntakeState.LastTurnSubmitted"/>).</summary>
    public List<CaseTold> Told { get; } = [];

    /// <summary>From now until <see cref="EndTelling"/>, what the turn says is about the case <paramref name="reference"/>.</summary>
    public void BeginTelling(string reference)
    {
        var messages = new List<string>();
        Told.Add(new CaseTold(reference, messages));
        _telling = messages;
    }

    public void EndTelling() => _telling = null;

    /// <summary>Asks a question (or its retry wording) with its buttons, rendered as the channel allows.</summary>
    public async Task AskAsync(string questionId, bool retry = false, CancellationToken cancellationToken = default)
    {
        var spec = QuestionCatalog.Build(questionId, this);
        var text = Services.Renderer.Render(new TextRef(spec.TextKey, [.. spec.Arguments ?? [], .. Common()]), State.Language, State.Register, retry);
        if (spec.Preface is { Length: > 0 } preface)
        {
            text = preface + Environment.NewLine + Environment.NewLine + text;
        }

        var question = Activity.CreateMessage(text) with { InputHint = InputHints.ExpectingInput, Locale = Locale };
        var choices = spec.Choices.Select(c => new Choice { Value = c.Label }).ToList();
        var activity = Context.Activity;
        var rendered = choices.Count == 0
            ? question
            : ChoiceFactory.ForChannel(question, choices, ListStyle.Auto, activity.ChannelId, activity.Conversation?.ConversationType);
        await Context.SendActivityAsync(Decorate(rendered), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Tell me more, or tap Klaar": the story question's follow-up, with the same button.</summary>
    public Task AskMoreStoryAsync(CancellationToken cancellationToken = default)
    {
        var activity = Context.Activity;
        var question = Activity.CreateMessage(Text("story.more")) with { InputHint = InputHints.ExpectingInput, Locale = Locale };
        var rendered = ChoiceFactory.ForChannel(question, [new Choice { Value = Text("choice.done") }], ListStyle.Auto, activity.ChannelId, activity.Conversation?.ConversationType);
        return Context.SendActivityAsync(Decorate(rendered), cancellationToken);
    }

    /// <summary>The locale of the user's language.</summary>
    public string Locale => State.Language == "en" ? "en-GB" : "nl-NL";

    private Activity Decorate(Activity activity)
    {
        activity = activity with { Locale = activity.Locale ?? Locale };
        return CaseReference is null
            ? activity
            : activity with { ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["caseReference"] = CaseReference }) };
    }

    private TextArgument[] Common() => QuestionCatalog.CommonArguments(this);
}
