using System.Net;
using IntakeBot.Bot.Cli;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Staff.Web;

public sealed class AdminUserCliTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task CreateUser_WithPasswordOnStdin_CanSignIn()
    {
        var email = "eerste.beheerder@kracht.example.org";

        var (code, output, error) = await RunAsync(StaffWebFactory.Password + "\n", "admin", "create-user", "--email", email, "--organisation", "kracht-den-haag", "--role", "admin", "--name", "Eerste Beheerder");

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.DoesNotContain(StaffWebFactory.Password, error, StringComparison.Ordinal);
        using var client = factory.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, StaffWebFactory.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/users")).StatusCode);
    }

    [Fact]
    public async Task CreateUser_WithGeneratedPassword_PrintsItOnce_AndItWorks()
    {
        var email = "gegenereerd@blijf.example.org";

        var (code, output, _) = await RunAsync("", "admin", "create-user", "--email", email, "--organisation", "blijf-groep", "--role", "officer", "--generate-password");

        Assert.Equal(0, code);
        var password = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim();
        Assert.True(password.Length >= 12);
        using var client = factory.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, password)).StatusCode);
    }

    [Theory]
    [InlineData("kort")]
    [InlineData("alleenkleineletters")]
    [InlineData("Geen-Cijfers-Hier!")]
    [InlineData("")]
    public async Task CreateUser_RefusesAWeakOrMissingPassword(string password)
    {
        var email = $"zwak{Guid.NewGuid():N}@kracht.example.org";

        var (code, _, error) = await RunAsync(password + "\n", "admin", "create-user", "--email", email, "--organisation", "kracht-den-haag", "--role", "officer");

        Assert.Equal(2, code);
        Assert.NotEmpty(error.Trim());
        var (_, list, _) = await RunAsync("", "admin", "list-users");
        Assert.DoesNotContain(email, list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kracht")]
    [InlineData("../../etc/passwd")]
    public async Task CreateUser_UnknownOrganisation_ExitsWithTwo_NamingTheKnownOnes(string organisation)
    {
        var (code, _, error) = await RunAsync(StaffWebFactory.Password + "\n", "admin", "create-user", "--email", "x@example.org", "--organisation", organisation, "--role", "admin");

        Assert.Equal(2, code);
        Assert.Contains("kracht-den-haag", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_UnknownRole_ExitsWithTwo()
    {
        var (code, _, error) = await RunAsync(StaffWebFactory.Password + "\n", "admin", "create-user", "--email", "rol@example.org", "--organisation", "zorgkracht12", "--role", "baas");

        Assert.Equal(2, code);
        Assert.Contains("officer", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockedOutUser_IsUnlocked_AndResetPasswordSetsANewOne()
    {
        var email = await factory.CreateUserAsync("zorgkracht12", "officer");
        using var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(email, "Fout-Wachtwoord-9!" + i);
        }

        var (listCode, list, _) = await RunAsync("", "admin", "list-users", "--organisation", "zorgkracht12");
        var (unlockCode, _, _) = await RunAsync("", "admin", "unlock", "--email", email);
        var afterUnlock = await client.SignInAsync(email, StaffWebFactory.Password);
        var (resetCode, _, _) = await RunAsync("Nieuw-Wachtwoord-2027!\n", "admin", "reset-password", "--email", email);
        using var other = factory.NewClient();
        var oldPassword = await other.SignInAsync(email, StaffWebFactory.Password);
        var newPassword = await other.SignInAsync(email, "Nieuw-Wachtwoord-2027!");
        var (unknownCode, _, _) = await RunAsync("", "admin", "unlock", "--email", "niemand@example.org");

        Assert.Equal(0, listCode);
        Assert.Contains(email + "\tzorgkracht12\tofficer\tlocked", list, StringComparison.Ordinal);
        Assert.Equal(0, unlockCode);
        Assert.Equal(HttpStatusCode.Redirect, afterUnlock.StatusCode);
        Assert.Equal(0, resetCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
        Assert.Equal(1, unknownCode);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string stdin, params string[] args)
    {
        _ = factory.Server;
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = [.. args, "--content", RepositoryPaths.Content, $"--Storage:SqlitePath={factory.DatabasePath}"];

        var exitCode = await CommandLine.RunAsync(all, new StringReader(stdin), output, error, TimeProvider.System, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
