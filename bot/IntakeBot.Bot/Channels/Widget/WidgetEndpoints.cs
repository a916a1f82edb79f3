using IntakeBot.Content;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace IntakeBot.Bot.Channels.Widget;

/// <summary>The chat pages: Web Chat at /, the light widget at /licht, the embed snippet at /embed.js.</summary>
public static class WidgetEndpoints
{
    private const string DefaultLanguage = "nl";

    /// <summary>
    /// Adds the security headers, serves the pages from <see cref="WidgetOptions.WebRoot"/> and maps
    /// GET /api/widget/texts?lang=nl (labels from content/widget).
    /// </summary>
    public static WebApplication MapWidget(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(WidgetOptions.SectionName).Get<WidgetOptions>() ?? new WidgetOptions();
        var headers = new WidgetSecurityHeaders(options.FrameAncestors);
        app.Use((context, next) =>
        {
            headers.Apply(context);
            if (context.Request.Path.Value is "/licht" or "/licht/")
            {
                context.Request.Path = "/licht.html";
            }

            return next(context);
        });

        if (Directory.Exists(options.WebRoot))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(options.WebRoot));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        }
        else
        {
            app.Logger.LogWarning("Widget web root {WebRoot} not found: the chat pages are not served.", options.WebRoot);
        }

        app.MapGet("/api/widget/texts", (HttpContext context, ContentCatalog catalog, string? lang) =>
        {
            var language = lang is { Length: 2 } && catalog.WidgetTexts.ContainsKey(lang) ? lang : DefaultLanguage;
            // The labels are public; embed.js on an organisation's site reads the launcher label from here.
            context.Response.Headers.AccessControlAllowOrigin = "*";
            return TypedResults.Json(new WidgetTextsResponse(language, catalog.WidgetTexts[language], options.ExitUrl));
        });
        return app;
    }
}
