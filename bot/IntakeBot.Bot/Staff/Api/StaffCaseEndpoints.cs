using System.Security.Claims;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>The case endpoints. Every answer is limited to the organisation of the caller's API key.</summary>
internal static class StaffCaseEndpoints
{
    /// <summary>Conversation ids of the channels are far shorter; longer input is a mistake or an attack.</summary>
    internal const int MaxConversationIdLength = 512;

    /// <summary>GET /api/staff/cases/{reference}: the case, or 404 when unknown or another organisation's.</summary>
    public static async Task<Results<Ok<StaffCase>, ProblemHttpResult>> GetByReferenceAsync(string reference, ClaimsPrincipal user, ICaseStore cases, CancellationToken cancellationToken)
    {
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return StaffProblems.BadRequest("Not a case reference. A reference looks like KL-7F3K-9Q.");
        }

        var found = await cases.GetAsync(canonical, cancellationToken).ConfigureAwait(false);
        if (found is null || !StaffClaims.ScopeOf(user).Includes(found.OrganisationId))
        {
            return StaffProblems.NotFound($"No case {canonical}.");
        }

        return TypedResults.Ok(StaffCase.From(found));
    }

    /// <summary>GET /api/staff/cases?conversationId=...: the conversation's cases of the key's organisation, oldest first.</summary>
    public static async Task<Results<Ok<IReadOnlyList<StaffCase>>, ProblemHttpResult>> FindByConversationAsync(string? conversationId, ClaimsPrincipal user, ICaseStore cases, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return StaffProblems.BadRequest("The query parameter 'conversationId' is required.");
        }

        if (conversationId.Length > MaxConversationIdLength)
        {
            return StaffProblems.BadRequest($"'conversationId' may be at most {MaxConversationIdLength} characters.");
        }

        var scope = StaffClaims.ScopeOf(user);
        var found = await cases.FindByConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<StaffCase> visible = [.. found.Where(c => scope.Includes(c.OrganisationId)).Select(StaffCase.From)];
        return TypedResults.Ok(visible);
    }
}
