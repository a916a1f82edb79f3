using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>Asks for one or more files; recognised when the answer carries attachments.</summary>
public sealed class AttachmentPrompt(string dialogId, PromptValidator<IReadOnlyList<Attachment>>? validator = null)
    : Prompt<IReadOnlyList<Attachment>>(dialogId, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IReadOnlyList<Attachment>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var attachments = turnContext.Activity.Attachments;
        return Task.FromResult(attachments is { Count: > 0 }
            ? PromptRecognizerResult<IReadOnlyList<Attachment>>.Recognized(attachments)
            : PromptRecognizerResult<IReadOnlyList<Attachment>>.NotRecognized);
    }
}
