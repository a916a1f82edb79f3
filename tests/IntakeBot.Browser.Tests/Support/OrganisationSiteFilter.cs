using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace IntakeBot.Browser.Tests.Support;

/// <summary>
/// Plays an organisation's website for the embed test: requests to http://localhost:{port}/organisation (another
/// origin than http://127.0.0.1:{port}) get a page with the embed snippet. Served by the real host so that Chromium's
/// local-network checks see a loopback site, as a real site would be a public one.
/// </summary>
internal sealed class OrganisationSiteFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Host.Host == "localhost" && context.Request.Path == "/organisation")
            {
                var variant = context.Request.Query["variant"].ToString() == "licht" ? "licht" : "webchat";
                var port = context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    "<!doctype html><html lang=\"nl\"><head><title>Organisatie</title></head><body><main><h1>Organisatie</h1></main>" +
                    $"<script src=\"http://{IPAddress.Loopback}:{port}/embed.js\" data-organisation=\"kracht-den-haag\" data-language=\"nl\" data-color=\"#226622\" data-variant=\"{variant}\" async></script>" +
                    "</body></html>");
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
