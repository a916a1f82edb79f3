using System.Net;
using System.Net.Http.Json;
using IntakeBot.Dialogs.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests.Support;

/// <summary>
/// One host and one Chromium for all browser tests (the machine is small). Debian's chromium is required:
/// ./run-tests.sh installs it; without it every browser test fails with a message saying how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    internal ScriptedBot Bot { get; } = new();

    internal WidgetHost Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => Host.Address;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}. The browser tests need Debian's chromium: run ./run-tests.sh " +
                "(it installs it) or 'apt-get install -y chromium'. Playwright never downloads a browser here.");
        }

        var webchat = Path.Combine(WidgetHost.WebRoot, "lib", "webchat.js");
        if (!File.Exists(webchat))
        {
            throw new InvalidOperationException($"{webchat} is missing: build bot/IntakeBot.Bot (it runs npm ci and copies Web Chat).");
        }

        Host = new WidgetHost(services => services.AddSingleton<IBot>(Bot));
        Host.Start();
        // The machine is small and shared: give the pages time rather than fail on a slow moment.
        Assertions.SetDefaultExpectTimeout(90_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }

    /// <summary>
    /// Fails at once, with the reason, when the host has no Direct Line session endpoint (the Direct Line server is a
    /// separate branch), instead of letting each conversation test time out.
    /// </summary>
    public async Task RequireDirectLineAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        using var response = await http.PostAsJsonAsync("/api/directline/session", new { organisationId = "kracht-den-haag", language = "nl" });
        Assert.True(
            response.StatusCode != HttpStatusCode.NotFound,
            "POST /api/directline/session answers 404: this host has no Direct Line server yet (branch directline). The conversation, resume and axe tests need it.");
    }

    /// <summary>A fresh context (own sessionStorage) whose requests outside the host are answered locally.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString() });
        // Nothing may leave the machine: the exit page is answered by Playwright itself.
        var local = new[] { Address.GetLeftPart(UriPartial.Authority) + "/", Host.OrganisationSite + "/" };
        await context.RouteAsync(url => !local.Any(l => url.StartsWith(l, StringComparison.Ordinal)), route =>
            route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>Weer</title><p>Het weer</p>" }));
        return context;
    }
}
