using System.Text.Json;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests.Support;

/// <summary>Runs axe-core in a page and returns the serious and critical violations, one line each.</summary>
internal static class Axe
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = "/lib/axe.min.js" });
        var json = await page.EvaluateAsync<string>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); " +
            "return JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')" +
            ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))); }");
        return JsonSerializer.Deserialize<string[]>(json) ?? [];
    }
}
