namespace IntakeBot.Bot.Staff.Identity;

/// <summary>A staff account as lists show it: never the password hash, the security stamp or the 2FA key.</summary>
public sealed record StaffAccount(string Id, string Email, string DisplayName, string OrganisationId, string? Role, bool LockedOut, bool TwoFactorEnabled);
