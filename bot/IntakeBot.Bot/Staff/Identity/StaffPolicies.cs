namespace IntakeBot.Bot.Staff.Identity;

/// <summary>Authorization policy names shared by every staff page and endpoint.</summary>
public static class StaffPolicies
{
    /// <summary>Any staff role.</summary>
    public const string Staff = "staff";

    /// <summary>Officer or admin: may change cases.</summary>
    public const string StaffWrite = "staff-write";

    /// <summary>Admin: manages staff, may export and erase.</summary>
    public const string StaffAdmin = "staff-admin";
}
