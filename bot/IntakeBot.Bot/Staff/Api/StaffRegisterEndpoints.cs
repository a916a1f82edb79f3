using System.Globalization;
using System.Security.Claims;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>
/// The register endpoints of the staff API: the case list with filters, a case's transcript and its timeline. Every
/// answer is limited to the API key's organisation, and every call is written to the audit log.
/// </summary>
internal static class StaffRegisterEndpoints
{
    /// <summary>GET /api/staff/register: one page of the organisation's cases, newest first.</summary>
    public static async Task<Results<Ok<StaffCasePage>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user,
        ICaseRegister register,
        IAuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken,
        string? kind = null,
        string? status = null,
        bool? overdue = null,
        string? from = null,
        string? to = null,
        string? assignedTo = null,
        int skip = 0,
        int take = 50)
    {
        if (!StaffQueryValues.TryEnum<Kind>(kind, out var kindValue))
        {
            return StaffProblems.BadRequest($"'kind' must be one of: {StaffQueryValues.Names<Kind>()}.");
        }

        if (!StaffQueryValues.TryEnum<CaseStatus>(status, out var statusValue))
        {
            return StaffProblems.BadRequest($"'status' must be one of: {StaffQueryValues.Names<CaseStatus>()}.");
        }

        if (!StaffQueryValues.TryDate(from, out var fromDate) || !StaffQueryValues.TryDate(to, out var toDate))
        {
            return StaffProblems.BadRequest("'from' and 'to' are dates written as yyyy-MM-dd.");
        }

        if (skip < 0 || take < 1 || take > CaseLimits.MaxPage)
        {
            return StaffProblems.BadRequest(string.Create(CultureInfo.InvariantCulture, $"'skip' must be 0 or more and 'take' between 1 and {CaseLimits.MaxPage}."));
        }

        if (assignedTo is { Length: > 256 })
        {
            return StaffProblems.BadRequest("'assignedTo' may be at most 256 characters.");
        }

        var today = CaseRules.DayOf(time.GetUtcNow());
        var query = new CaseQuery(kindValue, statusValue, null, overdue == true ? today : null, fromDate, toDate, assignedTo, skip, take);
        var page = await register.ListAsync(StaffAuditing.Scope(user), query, cancellationToken).ConfigureAwait(false);
        await StaffAuditing.RecordAsync(audit, time, user, AuditActions.CaseList, null, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new StaffCasePage([.. page.Cases.Select(c => StaffCaseSummary.From(c, today))], page.Total, skip, take));
    }

    /// <summary>GET /api/staff/cases/{reference}/transcript[?redacted=true]: the conversation as readable lines.</summary>
    public static async Task<Results<Ok<IReadOnlyList<StaffTranscriptLine>>, ProblemHttpResult>> TranscriptAsync(
        string reference,
        ClaimsPrincipal user,
        ICaseRegister register,
        ITranscriptStore transcripts,
        IAuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken,
        bool redacted = false)
    {
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return StaffProblems.BadRequest("Not a case reference. A reference looks like KL-7F3K-9Q.");
        }

        var record = await register.GetAsync(StaffAuditing.Scope(user), canonical, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return StaffProblems.NotFound($"No case {canonical}.");
        }

        var entries = await transcripts.GetAsync(record.Case.ConversationId, cancellationToken).ConfigureAwait(false);
        await StaffAuditing.RecordAsync(audit, time, user, AuditActions.TranscriptRead, canonical, redacted ? "redacted" : null, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<StaffTranscriptLine> lines = [.. TranscriptLines.From(entries, record.Case, redacted).Select(StaffTranscriptLine.From)];
        return TypedResults.Ok(lines);
    }

    /// <summary>GET /api/staff/cases/{reference}/timeline: what happened to the case, oldest first (notes included).</summary>
    public static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, ProblemHttpResult>> TimelineAsync(
        string reference,
        ClaimsPrincipal user,
        ICaseRegister register,
        IAuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return StaffProblems.BadRequest("Not a case reference. A reference looks like KL-7F3K-9Q.");
        }

        var scope = StaffAuditing.Scope(user);
        if (await register.GetAsync(scope, canonical, cancellationToken).ConfigureAwait(false) is null)
        {
            return StaffProblems.NotFound($"No case {canonical}.");
        }

        var timeline = await register.TimelineAsync(scope, canonical, cancellationToken).ConfigureAwait(false);
        await StaffAuditing.RecordAsync(audit, time, user, AuditActions.CaseRead, canonical, "timeline", cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(timeline);
    }

}
