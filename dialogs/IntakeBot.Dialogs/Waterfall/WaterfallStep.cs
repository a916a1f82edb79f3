namespace IntakeBot.Dialogs.Waterfall;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
/// <remarks>Use named methods (<c>AskPostcodeStepAsync</c>), not lambdas: the method name is stored to find the step again after a release.</remarks>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
