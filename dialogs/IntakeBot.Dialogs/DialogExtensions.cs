using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs;

/// <summary>Runs a root dialog for a turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the conversation's active dialog with the turn's message, or starts <paramref name="dialog"/>
    /// when nothing is active. The caller saves the state afterwards.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
