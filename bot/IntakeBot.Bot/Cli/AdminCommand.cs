using System.Globalization;
using IntakeBot.Bot.Hosting;
using IntakeBot.Content.Loading;
using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// The <c>admin</c> subcommands, on the host's database (SQLite or PostgreSQL, as configured):
/// <c>create-api-key --organisation &lt;id&gt; [--name &lt;label&gt;]</c> prints a new staff API key once on stdout (only
/// its hash is stored); <c>revoke-api-key --id &lt;id&gt;</c>; <c>list-api-keys</c> prints one tab-separated line per key.
/// The staff account commands (create-user, list-users, reset-password, unlock) are in <see cref="AdminUserCommand"/>.
/// </summary>
internal static class AdminCommand
{
    private const string Usage =
        "Usage: admin create-api-key --organisation <id> [--name <label>] | admin revoke-api-key --id <id> | admin list-api-keys | " + AdminUserCommand.Commands;

    /// <returns>0 on success, 1 when the key is unknown or the database fails, 2 for a usage error.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string contentRoot, TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var command = args.Count > 1 ? args[1] : null;
        if (AdminUserCommand.Handles(command))
        {
            return await AdminUserCommand.RunAsync(args, contentRoot, input, output, error, time, cancellationToken).ConfigureAwait(false);
        }

        if (command is not ("create-api-key" or "revoke-api-key" or "list-api-keys"))
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        try
        {
            var services = new ServiceCollection().AddSingleton(time).AddIntakeStorage(AdminDatabase.Storage(args));
            await using var provider = services.BuildServiceProvider();
            var keys = provider.GetRequiredService<IApiKeyStore>();
            return command switch
            {
                "create-api-key" => await CreateAsync(args, contentRoot, keys, output, error, cancellationToken).ConfigureAwait(false),
                "revoke-api-key" => await RevokeAsync(args, keys, output, error, cancellationToken).ConfigureAwait(false),
                _ => await ListAsync(keys, output, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (InvalidOperationException exception)
        {
            await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> CreateAsync(IReadOnlyList<string> args, string contentRoot, IApiKeyStore keys, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var organisation = CliOptions.Value(args, "--organisation");
        var name = CliOptions.Value(args, "--name");
        if (string.IsNullOrWhiteSpace(organisation))
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var known = ContentLoader.Load(contentRoot).Organisations.Keys.Order(StringComparer.Ordinal).ToList();
        if (!known.Contains(organisation, StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"Unknown organisation '{organisation}'. Known: {string.Join(", ", known)}.").ConfigureAwait(false);
            return 2;
        }

        if (name?.Length > SqliteApiKeyStore.MaxNameLength)
        {
            await error.WriteLineAsync($"The name may be at most {SqliteApiKeyStore.MaxNameLength} characters.").ConfigureAwait(false);
            return 2;
        }

        var created = await keys.CreateAsync(organisation, name, cancellationToken).ConfigureAwait(false);
        await error.WriteLineAsync($"Key {created.Key.Id} for {organisation}: shown only this once and cannot be recovered; store it now.").ConfigureAwait(false);
        await output.WriteLineAsync(created.Secret).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> RevokeAsync(IReadOnlyList<string> args, IApiKeyStore keys, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (CliOptions.Value(args, "--id") is not { Length: > 0 } id)
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        if (!await keys.RevokeAsync(id, cancellationToken).ConfigureAwait(false))
        {
            await error.WriteLineAsync($"No active key with id '{id}'.").ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"Revoked {id}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> ListAsync(IApiKeyStore keys, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var key in await keys.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var state = key.RevokedAt is { } revoked ? "revoked " + Instant(revoked) : "active";
            await output.WriteLineAsync($"{key.Id}\t{key.OrganisationId}\t{Instant(key.CreatedAt)}\t{state}\t{key.Name}").ConfigureAwait(false);
        }

        return 0;
    }

    private static string Instant(DateTimeOffset value) => value.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
}
