namespace IntakeBot.Bot.Staff.Identity;

/// <summary>The staff roles (role claims). A user has exactly one.</summary>
public static class StaffRoles
{
    /// <summary>Complaints officer: reads and handles the organisation's cases.</summary>
    public const string Officer = "officer";

    /// <summary>Reads cases, changes nothing.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Handles cases, manages the organisation's staff, may export and erase.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in the order forms show them.</summary>
    public static readonly IReadOnlyList<string> All = [Officer, Reviewer, Admin];

    /// <summary>True for one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? role) => role is Officer or Reviewer or Admin;
}
