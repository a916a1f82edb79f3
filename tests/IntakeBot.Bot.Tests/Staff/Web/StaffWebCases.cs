using System.Text.Json;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>Puts synthetic cases (with a short conversation) into the factory's stores.</summary>
internal static class StaffWebCases
{
    public const string Kracht = "kracht-den-haag";
    public const string Blijf = "blijf-groep";

    public static async Task<IntakeCase> AddAsync(StaffWebFactory factory, string organisation, string? userText = null, IReadOnlyDictionary<string, string>? fields = null, DateOnly? deadline = null)
    {
        var generated = new StaffCases(Random.Shared.Next()).Next(organisation, "gesprek-" + Guid.NewGuid().ToString("N"), Kind.Klacht);
        var c = fields is null ? generated : generated with { Fields = fields };
        if (deadline is not null)
        {
            c = c with { Route = [.. c.Route.Select(step => step with { Deadline = deadline })] };
        }

        await factory.Cases.CreateAsync(c);
        var name = c.Fields.TryGetValue(CaseFieldNames.Name, out var n) ? n : "";
        await AppendAsync(factory, c, TranscriptDirection.Outgoing, "Hoi! Ik ben een chatbot. Wat wil je vertellen?");
        await AppendAsync(factory, c, TranscriptDirection.Incoming, userText ?? "mijn begeleider luisterde niet");
        await AppendAsync(factory, c, TranscriptDirection.Outgoing, "Wat is je naam?");
        await AppendAsync(factory, c, TranscriptDirection.Incoming, name);
        return c;
    }

    private static Task AppendAsync(StaffWebFactory factory, IntakeCase c, TranscriptDirection direction, string text) =>
        factory.Transcripts.AppendAsync(new TranscriptEntry(
            c.ConversationId,
            0,
            c.CreatedAt,
            direction,
            JsonSerializer.Serialize(new { type = "message", text, from = new { role = direction == TranscriptDirection.Incoming ? "user" : "bot" } })));
}
