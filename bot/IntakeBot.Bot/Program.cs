using IntakeBot.Bot.Cli;
using IntakeBot.Bot.Hosting;

if (CommandLine.IsCommand(args))
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, TimeProvider.System, cancel.Token);
}

await using var app = IntakeBotHost.Build(args);
await app.RunAsync();
return 0;

// Makes the implicit Program class public so that host tests can reach it.
public partial class Program;
