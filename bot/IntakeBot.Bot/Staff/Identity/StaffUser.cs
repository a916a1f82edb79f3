using Microsoft.AspNetCore.Identity;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>A staff member: belongs to exactly one organisation (an id from content/organisations) and has one role.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The organisation whose cases this person may see.</summary>
    public string OrganisationId { get; set; } = "";

    /// <summary>The name colleagues see (timeline, assignment).</summary>
    public string DisplayName { get; set; } = "";
}
