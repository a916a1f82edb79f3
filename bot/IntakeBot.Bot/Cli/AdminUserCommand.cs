using System.Data.Common;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Content.Loading;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// Staff accounts on the host's database: <c>create-user</c> (the first admin of an organisation is made this way;
/// there is no default password), <c>list-users</c>, <c>reset-password</c> and <c>unlock</c>. Passwords are read
/// from the first line of stdin, or generated with <c>--generate-password</c> and printed once on stdout.
/// </summary>
internal static class AdminUserCommand
{
    public const string Commands =
        "admin create-user --email <address> --organisation <id> --role officer|reviewer|admin [--name <name>] [--generate-password] | " +
        "admin list-users [--organisation <id>] | admin reset-password --email <address> [--generate-password] | admin unlock --email <address> " +
        "(passwords are read from stdin)";

    public static bool Handles(string? command) => command is "create-user" or "list-users" or "reset-password" or "unlock";

    /// <returns>0 on success, 1 when the account is unknown or the database fails, 2 for a usage error, an unknown organisation or a password the rules refuse.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string contentRoot, TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var command = args[1];
        if (command == "create-user" && !await CheckOrganisationAsync(args, contentRoot, error).ConfigureAwait(false))
        {
            return 2;
        }

        try
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton(time);
            services.AddStaffAccounts(AdminDatabase.Storage(args));
            services.AddScoped<StaffAccounts>();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            await StaffIdentitySchema.EnsureAsync(scope.ServiceProvider.GetRequiredService<StaffIdentityDbContext>(), cancellationToken).ConfigureAwait(false);
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
            return command switch
            {
                "create-user" => await CreateAsync(args, accounts, input, output, error).ConfigureAwait(false),
                "list-users" => await ListAsync(args, accounts, output, cancellationToken).ConfigureAwait(false),
                "reset-password" => await ResetAsync(args, accounts, input, output, error).ConfigureAwait(false),
                _ => await UnlockAsync(args, accounts, output, error).ConfigureAwait(false),
            };
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            await error.WriteLineAsync("The staff account database failed: " + exception.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<bool> CheckOrganisationAsync(IReadOnlyList<string> args, string contentRoot, TextWriter error)
    {
        var organisation = CliOptions.Value(args, "--organisation");
        if (string.IsNullOrWhiteSpace(organisation) || string.IsNullOrWhiteSpace(CliOptions.Value(args, "--email")) || CliOptions.Value(args, "--role") is null)
        {
            await error.WriteLineAsync("Usage: " + Commands).ConfigureAwait(false);
            return false;
        }

        var known = ContentLoader.Load(contentRoot).Organisations.Keys.Order(StringComparer.Ordinal).ToList();
        if (!known.Contains(organisation, StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"Unknown organisation '{organisation}'. Known: {string.Join(", ", known)}.").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private static async Task<int> CreateAsync(IReadOnlyList<string> args, StaffAccounts accounts, TextReader input, TextWriter output, TextWriter error)
    {
        var email = CliOptions.Value(args, "--email")!;
        var generate = args.Contains("--generate-password");
        if (await PasswordAsync(generate, input, error).ConfigureAwait(false) is not { } password)
        {
            return 2;
        }

        var (user, errors) = await accounts.CreateAsync(email, CliOptions.Value(args, "--organisation")!, CliOptions.Value(args, "--role")!, CliOptions.Value(args, "--name"), password).ConfigureAwait(false);
        if (user is null)
        {
            await WriteErrorsAsync(error, errors).ConfigureAwait(false);
            return 2;
        }

        await error.WriteLineAsync($"Created {user.Email} ({CliOptions.Value(args, "--role")}) for {user.OrganisationId}. Sign in at /staff/signin.").ConfigureAwait(false);
        await PrintGeneratedAsync(generate, password, output, error).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> ListAsync(IReadOnlyList<string> args, StaffAccounts accounts, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var account in await accounts.ListAsync(CliOptions.Value(args, "--organisation"), cancellationToken).ConfigureAwait(false))
        {
            var state = account.LockedOut ? "locked" : "active";
            var twoFactor = account.TwoFactorEnabled ? "2fa" : "no-2fa";
            await output.WriteLineAsync($"{account.Email}\t{account.OrganisationId}\t{account.Role}\t{state}\t{twoFactor}\t{account.DisplayName}").ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> ResetAsync(IReadOnlyList<string> args, StaffAccounts accounts, TextReader input, TextWriter output, TextWriter error)
    {
        if (await FindAsync(args, accounts, error).ConfigureAwait(false) is not { } user)
        {
            return 1;
        }

        var generate = args.Contains("--generate-password");
        if (await PasswordAsync(generate, input, error).ConfigureAwait(false) is not { } password)
        {
            return 2;
        }

        var errors = await accounts.ResetPasswordAsync(user, password).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            await WriteErrorsAsync(error, errors).ConfigureAwait(false);
            return 2;
        }

        await error.WriteLineAsync($"New password set for {user.Email}; the account is unlocked.").ConfigureAwait(false);
        await PrintGeneratedAsync(generate, password, output, error).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> UnlockAsync(IReadOnlyList<string> args, StaffAccounts accounts, TextWriter output, TextWriter error)
    {
        if (await FindAsync(args, accounts, error).ConfigureAwait(false) is not { } user)
        {
            return 1;
        }

        await accounts.UnlockAsync(user).ConfigureAwait(false);
        await output.WriteLineAsync($"Unlocked {user.Email}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<StaffUser?> FindAsync(IReadOnlyList<string> args, StaffAccounts accounts, TextWriter error)
    {
        var email = CliOptions.Value(args, "--email");
        var user = string.IsNullOrWhiteSpace(email) ? null : await accounts.FindByEmailAsync(email).ConfigureAwait(false);
        if (user is null)
        {
            await error.WriteLineAsync(string.IsNullOrWhiteSpace(email) ? "Usage: " + Commands : $"No staff account '{email}'.").ConfigureAwait(false);
        }

        return user;
    }

    private static async Task<string?> PasswordAsync(bool generate, TextReader input, TextWriter error)
    {
        if (generate)
        {
            return StaffPasswords.Generate();
        }

        var line = await input.ReadLineAsync().ConfigureAwait(false);
        if (string.IsNullOrEmpty(line))
        {
            await error.WriteLineAsync("Type the password on stdin (one line), or pass --generate-password.").ConfigureAwait(false);
            return null;
        }

        return line;
    }

    private static async Task PrintGeneratedAsync(bool generated, string password, TextWriter output, TextWriter error)
    {
        if (generated)
        {
            await error.WriteLineAsync("The password below is shown only this once; hand it over safely (a new one: admin reset-password).").ConfigureAwait(false);
            await output.WriteLineAsync(password).ConfigureAwait(false);
        }
    }

    private static async Task WriteErrorsAsync(TextWriter error, IReadOnlyList<string> errors)
    {
        foreach (var message in errors)
        {
            await error.WriteLineAsync(message).ConfigureAwait(false);
        }
    }
}
