using IntakeBot.Bot.Cli.Chat;
using IntakeBot.Content.Loading;
using IntakeBot.Intake.Understanding;
using IntakeBot.Recognizers.Organisation;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// The host's subcommands: <c>recognize</c> and <c>classify</c> (JSON lines in, one JSON line out per input, flushed)
/// <c>evaluate-classifier</c> (k-fold report; <c>--mistakes</c> lists the misclassified examples) and <c>admin</c>
/// (staff API keys and accounts, see <see cref="AdminCommand"/>) and <c>chat</c> (the intake in a terminal, see <see cref="Chat.ChatCommand"/>). Anything else
/// starts the web host. <c>--content &lt;folder&gt;</c> points at another content folder than the one shipped with the host.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["recognize", "classify", "evaluate-classifier", "admin", "chat"];

    /// <summary>True when <paramref name="args"/> names a subcommand.</summary>
    public static bool IsCommand(IReadOnlyList<string> args) => args.Count > 0 && Commands.Contains(args[0], StringComparer.Ordinal);

    /// <summary>Runs the subcommand in <paramref name="args"/>; 1 when the content cannot be loaded, 2 for a usage error.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!IsCommand(args))
        {
            await error.WriteLineAsync($"Unknown command. Commands: {string.Join(", ", Commands)}.").ConfigureAwait(false);
            return 2;
        }

        var contentRoot = ContentRoot(args);
        try
        {
            return args[0] switch
            {
                "classify" => await ClassifyCommand.RunAsync(input, output, new MessageClassifier(UnderstandingContent.Load(contentRoot)), cancellationToken).ConfigureAwait(false),
                "chat" => await ChatCommand.RunAsync(args, contentRoot, input, output, error, time, cancellationToken).ConfigureAwait(false),
                "admin" => await AdminCommand.RunAsync(args, contentRoot, input, output, error, time, cancellationToken).ConfigureAwait(false),
                "evaluate-classifier" => await EvaluateClassifierCommand.RunAsync(output, contentRoot, args.Contains("--mistakes"), cancellationToken).ConfigureAwait(false),
                _ => await RecognizeAsync(contentRoot, input, output, time, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (Exception exception) when (exception is ContentValidationException or ContentException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static Task<int> RecognizeAsync(string contentRoot, TextReader input, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        var catalog = ContentLoader.Load(contentRoot);
        var registry = RecognizerRegistry.CreateDefault(new OrganisationNameRecognizer(ContentOrganisationNames.From(catalog)));
        return RecognizeCommand.RunAsync(input, output, time, registry, cancellationToken);
    }

    /// <summary>The content folder: <c>--content</c> when given, else the one copied next to the host.</summary>
    public static string ContentRoot(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == "--content")
            {
                return Path.GetFullPath(args[i + 1]);
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }
}
