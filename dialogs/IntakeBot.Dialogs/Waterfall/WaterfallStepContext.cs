using System.Text.Json;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs.Waterfall;

/// <summary>The context of one waterfall step: the result of the previous step, the options and the kept values.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly object? _liveOptions;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, WaterfallState state, int index, DialogReason reason, object? result, object? liveOptions)
        : base(dc.Dialogs, dc.Context, dc.Stack, dc.Parent)
    {
        _waterfall = waterfall;
        State = state;
        Index = index;
        Reason = reason;
        Result = result;
        _liveOptions = liveOptions;
    }

    /// <summary>The index of this step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The result of the previous step or of the child dialog it started (for a prompt, the answer or a <see cref="Prompts.PromptGaveUp"/>).</summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was started with: the original object in the first turn, JSON afterwards. Prefer <see cref="GetOptions{T}"/>.</summary>
    public object? Options => _liveOptions ?? State.Options;

    /// <summary>Values kept across the steps of this waterfall.</summary>
    public WaterfallValues Values => State.Values;

    internal WaterfallState State { get; }

    /// <summary>The options the waterfall was started with, as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>()
    {
        if (_liveOptions is T live)
        {
            return live;
        }

        return State.Options is { } json ? json.Deserialize<T>(StateJson.Options) : default;
    }

    /// <summary>Runs the next step now, with <paramref name="result"/> as its result.</summary>
    /// <exception cref="InvalidOperationException">Next was already called in this step.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was called twice in step {Index} of waterfall '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
