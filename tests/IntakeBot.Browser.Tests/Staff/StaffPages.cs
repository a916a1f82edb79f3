using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests.Staff;

/// <summary>Drives the staff pages the way an officer does: by labels and button names.</summary>
internal static class StaffPages
{
    public static async Task<IPage> SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zaken", Level = 1 })).ToBeVisibleAsync();
        return page;
    }

    public static async Task ChangeStatusAsync(IPage page, string status)
    {
        await page.GetByLabel("Nieuwe status").SelectOptionAsync(new SelectOptionValue { Label = status });
        await page.GetByRole(AriaRole.Button, new() { Name = "Status opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync(status);
    }
}
