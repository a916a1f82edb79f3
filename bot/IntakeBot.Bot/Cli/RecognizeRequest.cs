using System.Globalization;

namespace IntakeBot.Bot.Cli;

/// <summary>One parsed input line of the <c>recognize</c> subcommand.</summary>
/// <param name="Kind">What to recognize, for example <c>phonenumber</c> or <c>datetime</c>.</param>
/// <param name="Culture">The language of the text (default nl-NL).</param>
/// <param name="Text">The text to read.</param>
/// <param name="Reference">The moment relative dates resolve against ("reference", or now from the TimeProvider).</param>
/// <param name="Options">Free-form options for the recognizer; empty when not given.</param>
public sealed record RecognizeRequest(string Kind, CultureInfo Culture, string Text, DateTime Reference, IReadOnlyList<string> Options);
