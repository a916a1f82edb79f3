using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the recognised answer of type <typeparamref name="T"/>.
/// </summary>
/// <remarks>
/// Each answer counts as an attempt. A validator sees the attempt count. After <see cref="PromptOptions.MaxAttempts"/>
/// answers without a valid one the prompt ends with a <see cref="PromptGaveUp"/> result instead of asking forever.
/// After a failed answer the retry prompt is sent, unless the validator already sent a message (no double messages).
/// </remarks>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates the prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' needs PromptOptions.", nameof(options));
        }

        if (promptOptions.MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"Prompt '{Id}': MaxAttempts must be at least 1.");
        }

        dc.ActiveDialog!.SetState(new PromptState { Options = promptOptions });
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsMessage)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.TryGetState<PromptState>();
        if (state is null)
        {
            // Unreadable state (an incompatible release): the caller asks again.
            return await dc.EndDialogAsync(new PromptGaveUp(Id, 0, PromptInput.GetText(dc.Context.Activity)), cancellationToken).ConfigureAwait(false);
        }

        state.AttemptCount++;
        var recognized = await OnRecognizeAsync(dc.Context, state.Options, cancellationToken).ConfigureAwait(false);
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state.Options, state.AttemptCount), cancellationToken).ConfigureAwait(false);

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (state.AttemptCount >= state.Options.MaxAttempts)
        {
            var gaveUp = new PromptGaveUp(Id, state.AttemptCount, PromptInput.GetText(dc.Context.Activity));
            return await dc.EndDialogAsync(gaveUp, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state.Options, isRetry: true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = instance.TryGetState<PromptState>();
        return state is null ? Task.CompletedTask : OnPromptAsync(turnContext, state.Options, isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question (or the retry question). The default sends the activity as is, expecting input.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var question = SelectQuestion(options, isRetry);
        return question is null ? Task.CompletedTask : turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <summary>Recognises the answer in the turn's activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Sends the question (or the retry question) with the options' choices rendered as the channel allows.</summary>
    protected static Task SendQuestionWithChoicesAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var question = SelectQuestion(options, isRetry);
        if (question is null)
        {
            return Task.CompletedTask;
        }

        var activity = turnContext.Activity;
        var rendered = ChoiceFactory.ForChannel(question, options.Choices ?? [], options.Style ?? ListStyle.Auto, activity.ChannelId, activity.Conversation?.ConversationType);
        return turnContext.SendActivityAsync(rendered, cancellationToken);
    }

    /// <summary>The question to send, with <c>inputHint</c> set to expecting input.</summary>
    protected static Activity? SelectQuestion(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        return question is null ? null : question with { InputHint = question.InputHint ?? InputHints.ExpectingInput };
    }
}
