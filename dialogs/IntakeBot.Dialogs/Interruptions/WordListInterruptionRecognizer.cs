using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Prompts;

namespace IntakeBot.Dialogs.Interruptions;

/// <summary>Recognises the commands of an <see cref="InterruptionWords"/> table in message text (or card values).</summary>
public sealed class WordListInterruptionRecognizer(InterruptionWords words) : IInterruptionRecognizer
{
    private readonly InterruptionWords _words = words ?? throw new ArgumentNullException(nameof(words));

    /// <inheritdoc />
    public ValueTask<Interruption?> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!turnContext.Activity.IsMessage)
        {
            return ValueTask.FromResult<Interruption?>(null);
        }

        var text = PromptInput.GetText(turnContext.Activity);
        var command = _words.Match(text);
        return ValueTask.FromResult(command is null ? null : new Interruption(command, text!));
    }
}
