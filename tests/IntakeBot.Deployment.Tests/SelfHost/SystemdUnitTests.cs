using System.Globalization;
using IntakeBot.Bot.Hosting;

namespace IntakeBot.Deployment.Tests.SelfHost;

public sealed class SystemdUnitTests
{
    private readonly SystemdUnit _unit = SystemdUnit.Load();

    [Fact]
    public void Unit_RunsThePublishedApp_AsADedicatedUser()
    {
        Assert.Equal("intakebot", _unit["User"]);
        Assert.Equal("intakebot", _unit["Group"]);
        Assert.Equal("/opt/intakebot", _unit["WorkingDirectory"]);
        Assert.Equal("/usr/bin/dotnet /opt/intakebot/IntakeBot.Bot.dll", _unit["ExecStart"]);
        Assert.Equal("/etc/intakebot/intakebot.env", _unit["EnvironmentFile"]);
        Assert.Equal("on-failure", _unit["Restart"]);
    }

    [Fact]
    public void Unit_IsHardened_AndMayWriteOnlyItsDataDirectory()
    {
        Assert.Equal("true", _unit["NoNewPrivileges"]);
        Assert.Equal("strict", _unit["ProtectSystem"]);
        Assert.Equal("true", _unit["PrivateTmp"]);
        var writable = _unit.All("ReadWritePaths").SelectMany(value => value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["/var/lib/intakebot"], writable);
        var environment = _unit.Environment;
        Assert.All(new[] { environment["Storage__SqlitePath"], environment["DataProtection__KeysPath"] }, path =>
            Assert.StartsWith("/var/lib/intakebot/", path, StringComparison.Ordinal));
    }

    [Fact]
    public void StopTimeout_LeavesTheAppItsShutdownTimeout()
    {
        var shutdown = _unit.Environment.TryGetValue("Hosting__ShutdownTimeout", out var configured)
            ? TimeSpan.Parse(configured, CultureInfo.InvariantCulture)
            : new HostingOptions().ShutdownTimeout;
        var stop = TimeSpan.FromSeconds(int.Parse(_unit["TimeoutStopSec"]!, CultureInfo.InvariantCulture));

        Assert.True(stop > shutdown, $"TimeoutStopSec ({stop}) must be above Hosting:ShutdownTimeout ({shutdown}) or systemd kills turns in flight.");
        Assert.Equal("SIGTERM", _unit["KillSignal"]);
    }

    [Fact]
    public void Kestrel_ListensOnLoopbackOnly()
    {
        var url = new Uri(_unit.Environment["ASPNETCORE_URLS"]);

        Assert.True(System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(url.Host)), "Kestrel must not be reachable except through nginx.");
    }
}
