using IntakeBot.Recognizers;

namespace IntakeBot.Bot.Cli;

/// <summary>Serves one kind of the <c>recognize</c> subcommand.</summary>
/// <param name="request">The parsed input line.</param>
/// <returns>The entities found, in Recognizers-Text's shape (<c>End</c> inclusive).</returns>
public delegate IReadOnlyList<ModelResult> RecognizeHandler(RecognizeRequest request);
