using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.Interruptions;

/// <summary>Decides whether the turn's message interrupts the current question.</summary>
public interface IInterruptionRecognizer
{
    /// <summary>The interruption in the turn's message, or <c>null</c>.</summary>
    ValueTask<Interruption?> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
