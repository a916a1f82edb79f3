using System.Text.Json;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests.Support;

/// <summary>
/// Drives either chat page the way a person does: type and send, click a button by its label, wait for a bot message.
/// Works with any bot, so the full-intake test can use it with the real intake bot.
/// </summary>
public sealed class ChatPage(IPage page, ChatVariant variant)
{
    private static readonly LocatorWaitForOptions Visible = new() { State = WaitForSelectorState.Visible, Timeout = 90_000 };

    public IPage Page => page;

    public ChatVariant Variant => variant;

    public static string PathFor(ChatVariant variant, string organisation = "kracht-den-haag", string language = "nl") =>
        (variant == ChatVariant.WebChat ? "/" : "/licht") + $"?organisation={organisation}&lang={language}";

    public static async Task<ChatPage> OpenAsync(IBrowserContext context, ChatVariant variant, string organisation = "kracht-den-haag", string language = "nl")
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(PathFor(variant, organisation, language));
        return new ChatPage(page, variant);
    }

    /// <summary>Bot messages (text bubbles) in the transcript.</summary>
    public ILocator BotMessages => variant == ChatVariant.WebChat
        ? page.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content")
        : page.Locator(".msg-bot .bubble");

    public async Task SendTextAsync(string text)
    {
        if (variant == ChatVariant.WebChat)
        {
            var input = page.Locator("[data-id='webchat-sendbox-input']");
            await input.FillAsync(text);
            await input.PressAsync("Enter");
        }
        else
        {
            await page.FillAsync("#text", text);
            await page.PressAsync("#text", "Enter");
        }
    }

    /// <summary>Clicks the suggested action or card button with exactly this label (the newest one).</summary>
    public async Task ClickButtonAsync(string label)
    {
        var scope = variant == ChatVariant.WebChat ? page.Locator("#webchat") : page.Locator("#actions, #log");
        var button = scope.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).Last;
        await button.WaitForAsync(Visible);
        await button.ClickAsync();
    }

    /// <summary>Waits until a bot message containing <paramref name="text"/> is shown.</summary>
    public async Task WaitForBotMessageAsync(string text) =>
        await BotMessages.Filter(new() { HasText = text }).First.WaitForAsync(Visible);

    public async Task<int> CountBotMessagesAsync(string text) =>
        await BotMessages.Filter(new() { HasText = text }).CountAsync();

    /// <summary>The channelData of the last activity the page received, or null.</summary>
    public async Task<JsonElement?> LastChannelDataAsync()
    {
        var json = await page.EvaluateAsync<string?>("() => { const a = window.IntakeWidgetPage && window.IntakeWidgetPage.lastActivity(); return a && a.channelData ? JSON.stringify(a.channelData) : null; }");
        return json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>The stored session (conversationId, token, watermark, joined ...) or null.</summary>
    public async Task<string?> StoredSessionAsync() =>
        await page.EvaluateAsync<string?>("() => sessionStorage.getItem('intakebot.session')");
}
