using IntakeBot.Dialogs;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake;

/// <summary>
/// The bot: runs the intake dialog for every activity and saves conversation and user state at the end of the turn.
/// </summary>
/// <remarks>
/// <para><b>One welcome per conversation.</b> The intake begins on the first activity that may start it, and the
/// dialog stack (saved with an eTag) makes a second begin impossible: a repeated conversationUpdate finds the dialog
/// running. Web Chat over Direct Line begins on the widget's <c>webchat/join</c> event (or the first message), not on
/// the conversationUpdate that Direct Line sends before the page is connected: that is what makes Web Chat show a
/// welcome twice, or before it knows the organisation.</para>
/// <para><b>Language.</b> The user's choice is kept in user state too, so a channel that sends no locale (Teams)
/// still gets the chosen language in a new conversation.</para>
/// </remarks>
public sealed class IntakeBotHandler : IBot
{
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<string> _language;
    private readonly IntakeDialog _dialog;

    public IntakeBotHandler(IntakeServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _conversationState = new ConversationState(services.Storage);
        _userState = new UserState(services.Storage);
        _dialogState = _conversationState.CreateProperty<DialogState>("dialogState");
        _language = _userState.CreateProperty<string>("language");
        _dialog = new IntakeDialog(services);
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var dialogs = new DialogSet(_dialogState).Add(_dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is not null)
        {
            await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (StartsIntake(activity))
        {
            var start = IntakeDialog.StartFrom(activity);
            if (start.Language is null && activity.From?.Id is not null
                && await _language.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false) is { } stored)
            {
                start = start with { Language = stored };
            }

            await dc.BeginDialogAsync(IntakeDialog.DialogId, start, cancellationToken).ConfigureAwait(false);
        }

        if (activity.From?.Id is not null && dc.ActiveDialog?.TryGetState<IntakeState>() is { LanguageChosen: true } state)
        {
            await _language.SetAsync(turnContext, state.Language, cancellationToken).ConfigureAwait(false);
        }

        await _conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (activity.From?.Id is not null)
        {
            await _userState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool StartsIntake(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => true,
        ActivityTypes.Event => activity.Name == IntakeDialog.JoinEvent,
        ActivityTypes.ConversationUpdate => activity.ChannelId is not ("directline" or "webchat")
            && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true,
        _ => false,
    };
}
