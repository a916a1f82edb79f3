using System.Text.Json;
using IntakeBot.Content.Texts;
using IntakeBot.Dialogs;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake;

/// <summary>
/// The intake conversation as one dialog with typed state (<see cref="IntakeState"/>). Which question comes next is
/// planned from what is known, so answers given early (in the story, from the widget) are never asked again, and
/// "terug", "opnieuw", changing an answer in the summary and resuming on another channel all work on the same state.
/// </summary>
public sealed class IntakeDialog(IntakeServices services) : Dialog(DialogId)
{
    public const string DialogId = "intake";

    /// <summary>The event the widget posts after connecting: value {organisationId, language}.</summary>
    public const string JoinEvent = "webchat/join";

    /// <summary>The event the widget's language switch posts: value "nl" or "en".</summary>
    public const string LanguageEvent = "intake/language";

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = new IntakeState();
        var turn = new IntakeTurn(dc, state, services);
        Apply(turn, options as IntakeStart ?? StartFrom(dc.Context.Activity));
        await WelcomeAsync(turn).ConfigureAwait(false);
        await IntakeFlow.OnFirstActivityAsync(turn).ConfigureAwait(false);
        turn.State.LastClientActivityId = ClientActivityId(dc.Context.Activity);
        dc.ActiveDialog!.SetState(turn.State);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.TryGetState<IntakeState>() ?? new IntakeState { Welcomed = true };
        var turn = new IntakeTurn(dc, state, services);
        var activity = dc.Context.Activity;
        if (activity.IsMessage && ClientActivityId(activity) is { } clientId && clientId == state.LastClientActivityId)
        {
            // The same message again: its turn was saved but the client never got the answer. Taking it twice would
            // answer the next question with it, so tell again what it said about the cases it submitted (the reference
            // and what happens next), then ask the current question again (nothing after the goodbye).
            await RetellSubmittedAsync(turn).ConfigureAwait(false);
            if (!state.Finished && (state.Aside ?? state.Pending) is not null)
            {
                await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
            }
        }
        else if (activity.IsMessage)
        {
            // Cleared first: what an earlier turn told must not travel on (e.g. into a resume record this turn keeps).
            turn.State.LastTurnSubmitted = null;
            await IntakeFlow.OnMessageAsync(turn).ConfigureAwait(false);
            turn.State.LastClientActivityId = ClientActivityId(activity);
            turn.State.LastTurnSubmitted = turn.Told.Count > 0 ? [.. turn.Told] : null;
        }
        else if (activity.Type == ActivityTypes.Event && activity.Name == JoinEvent)
        {
            var before = (turn.State.OrganisationId, turn.State.LanguageChosen);
            Apply(turn, StartFrom(activity));
            if ((turn.State.OrganisationId, turn.State.LanguageChosen) != before && turn.State.Aside is null
                && turn.State.Pending is QuestionIds.Organisation or QuestionIds.Language)
            {
                await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
            }
        }
        else if (activity.Type == ActivityTypes.Event && activity.Name == LanguageEvent && LanguageOf(activity.Value) is { } language)
        {
            await Commands.SwitchLanguageAsync(turn, language).ConfigureAwait(false);
        }

        dc.ActiveDialog!.SetState(turn.State);
        return EndOfTurn;
    }

    /// <summary>The organisation and language an activity carries (join event value or channelData.organisationId).</summary>
    public static IntakeStart StartFrom(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var organisation = Read(activity.ChannelData, "organisationId");
        var language = (string?)null;
        if (activity.Type == ActivityTypes.Event && activity.Name == JoinEvent)
        {
            organisation = Read(activity.Value, "organisationId") ?? organisation;
            language = Read(activity.Value, "language");
        }

        return new IntakeStart(organisation, language);
    }

    private void Apply(IntakeTurn turn, IntakeStart start)
    {
        var state = turn.State;
        if (start.OrganisationId is { } id && services.Catalog.Organisations.ContainsKey(id) && !state.StoryDone)
        {
            state.OrganisationId = id;
            state.OrganisationFromChannel = true;
        }

        if (LanguageOf(start.Language) is { } language && !state.LanguageChosen)
        {
            state.Language = language;
            state.LanguageChosen = true;
        }
    }

    private static async Task RetellSubmittedAsync(IntakeTurn turn)
    {
        foreach (var told in turn.State.LastTurnSubmitted ?? [])
        {
            // As in the turn it repeats, every activity from the case on carries the reference in channelData.
            turn.CaseReference = told.Reference;
            foreach (var message in told.Messages)
            {
                await turn.SendAsync(message).ConfigureAwait(false);
            }
        }
    }

    private static async Task WelcomeAsync(IntakeTurn turn)
    {
        turn.State.Welcomed = true;
        await turn.SendAsync(turn.Text("welcome.intro.bot") + Environment.NewLine + turn.Text("welcome.intro.data", TextArgument.Of("link", turn.Services.Options.PrivacyUrl))).ConfigureAwait(false);
    }

    /// <summary>
    /// The client's id for a message, the same when it sends the message again: <c>channelData.intakeMessageId</c> from
    /// IntakeBot's Web Chat page (Web Chat's own "Retry" draws a new <c>clientActivityID</c>), else
    /// <c>channelData.clientActivityID</c> (the light widget and Direct Line clients that keep it).
    /// </summary>
    private static string? ClientActivityId(Activity activity) =>
        activity.IsMessage ? Read(activity.ChannelData, "intakeMessageId") ?? Read(activity.ChannelData, "clientActivityID") : null;

    private static string? LanguageOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } element ? LanguageOf(element.GetString()) : null;

    private static string? LanguageOf(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            "nl" or "nl-nl" or "nl-be" => "nl",
            "en" or "en-gb" or "en-us" => "en",
            _ => null,
        };

    private static string? Read(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
