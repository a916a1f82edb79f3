using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntakeBot.Bot.Operations;

/// <summary>Writes a health report as JSON: the overall status and each check's status, description and duration.</summary>
/// <remarks>Exceptions and check data are left out on purpose: they may hold host names or connection strings.</remarks>
internal static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var output = new MemoryStream();
        await using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("description", entry.Description ?? string.Empty);
                json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Position = 0;
        await output.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
