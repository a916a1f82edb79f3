using System.Globalization;
using System.Security.Claims;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>Who an API caller is, for scopes and the audit log: the key's organisation and "apikey:&lt;id&gt;".</summary>
internal static class StaffAuditing
{
    public static string Organisation(ClaimsPrincipal user) =>
        user.FindFirstValue(ApiKeyAuthentication.OrganisationClaim) ?? throw new InvalidOperationException("The API key principal has no organisation.");

    public static CaseScope Scope(ClaimsPrincipal user) => CaseScope.For(Organisation(user));

    public static Task RecordAsync(IAuditLog audit, TimeProvider time, ClaimsPrincipal user, string action, string? reference, string? detail, CancellationToken cancellationToken)
    {
        var keyId = user.FindFirstValue(ApiKeyAuthentication.KeyIdClaim) ?? "unknown";
        var entry = new AuditEntry(
            time.GetUtcNow(),
            "apikey:" + keyId,
            string.Create(CultureInfo.InvariantCulture, $"API key {keyId}"),
            Organisation(user),
            action,
            reference,
            detail);
        return audit.RecordAsync(entry, cancellationToken);
    }
}
