using System.Net;
using IntakeBot.Content;
using IntakeBot.Content.Model;

namespace IntakeBot.Bot.Pages;

/// <summary>GET /privacy?lang=nl|en: the page the welcome links to, in plain words from content (privacy.title, privacy.body).</summary>
public static class PrivacyPage
{
    public static WebApplication MapPrivacyPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/privacy", (string? lang, ContentCatalog catalog) =>
        {
            var language = lang == "en" ? "en" : "nl";
            var title = WebUtility.HtmlEncode(catalog.Texts.Get(language, "privacy.title", Register.Je));
            var body = WebUtility.HtmlEncode(catalog.Texts.Get(language, "privacy.body", Register.Je));
            var html = $$"""
                <!doctype html>
                <html lang="{{language}}">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{title}}</title>
                <style>body{font:1.25rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}</style></head>
                <body><main><h1>{{title}}</h1><p>{{body}}</p></main></body>
                </html>
                """;
            return TypedResults.Content(html, "text/html; charset=utf-8");
        });
        return app;
    }
}
