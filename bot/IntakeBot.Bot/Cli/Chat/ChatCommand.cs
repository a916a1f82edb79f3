using System.Text.Json;
using IntakeBot.Content.Loading;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake;
using IntakeBot.Intake.Cases;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Bot.Cli.Chat;

/// <summary>
/// <c>chat [--organisation &lt;id&gt;] [--language nl|en] [--content &lt;folder&gt;]</c>: the intake conversation in a
/// terminal, for content authors to try their texts. Buttons are numbered; type the number or the words. State and
/// cases stay in memory; each created case is printed with its route and deadlines. Ctrl+D (end of input) ends it.
/// </summary>
internal static class ChatCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string contentRoot, TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var catalog = ContentLoader.Load(contentRoot);
        var organisation = Option(args, "--organisation");
        if (organisation is not null && !catalog.Organisations.ContainsKey(organisation))
        {
            await error.WriteLineAsync($"Unknown organisation '{organisation}'. Known: {string.Join(", ", catalog.Organisations.Keys.Order(StringComparer.Ordinal))}.").ConfigureAwait(false);
            return 2;
        }

        var language = Option(args, "--language");
        if (language is not null and not ("nl" or "en"))
        {
            await error.WriteLineAsync("--language must be nl or en.").ConfigureAwait(false);
            return 2;
        }

        var cases = new MemoryCaseStore();
        var services = new IntakeServices(catalog, new MessageClassifier(UnderstandingContent.Load(contentRoot)), cases, new MemoryStorage(), time);
        var bot = new IntakeBotHandler(services);
        var adapter = new TerminalAdapter(output);
        var conversation = new ConversationAccount { Id = "terminal-" + Guid.NewGuid().ToString("N")[..8] };
        Activity Make(string type) => new()
        {
            Type = type,
            ChannelId = "terminal",
            Conversation = conversation,
            From = new ChannelAccount { Id = "user", Name = "you" },
            Recipient = new ChannelAccount { Id = "intakebot", Name = "IntakeBot" },
            Locale = language == "en" ? "en-GB" : "nl-NL",
            Timestamp = time.GetUtcNow(),
        };

        var join = Make(ActivityTypes.Event) with
        {
            Name = IntakeDialog.JoinEvent,
            Value = JsonSerializer.SerializeToElement(new { organisationId = organisation, language }),
        };
        await adapter.ProcessActivityAsync(join, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        var printed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("you> ").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            var message = Make(ActivityTypes.Message) with { Text = adapter.Interpret(line), Timestamp = time.GetUtcNow() };
            await adapter.ProcessActivityAsync(message, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            printed = await PrintNewCasesAsync(cases, conversation.Id, printed, output, cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> PrintNewCasesAsync(ICaseStore cases, string conversationId, int printed, TextWriter output, CancellationToken cancellationToken)
    {
        var all = await cases.FindByConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        foreach (var created in all.Skip(printed))
        {
            await output.WriteLineAsync($"     [case {created.Reference}: {created.Kind} at {created.OrganisationId}]").ConfigureAwait(false);
            foreach (var step in created.Route)
            {
                var deadline = step.Deadline is { } date ? $", deadline {date:yyyy-MM-dd}" : string.Empty;
                await output.WriteLineAsync($"     [  {step.Order}. {step.StepId} → {step.Name} ({step.Channel ?? "-"}{deadline}){(step.Skippable ? " optional" : string.Empty)}]").ConfigureAwait(false);
            }
        }

        return all.Count;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
