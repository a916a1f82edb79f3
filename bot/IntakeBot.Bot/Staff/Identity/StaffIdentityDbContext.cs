using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>The Identity tables (AspNetUsers, AspNetRoles, ...) in the host's database, SQLite or PostgreSQL.</summary>
internal sealed class StaffIdentityDbContext(DbContextOptions<StaffIdentityDbContext> options) : IdentityDbContext<StaffUser, IdentityRole, string>(options)
{
    public const int OrganisationIdLength = 100;
    public const int DisplayNameLength = 200;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>(user =>
        {
            user.Property(u => u.OrganisationId).HasMaxLength(OrganisationIdLength).IsRequired();
            user.Property(u => u.DisplayName).HasMaxLength(DisplayNameLength).IsRequired();
            user.HasIndex(u => u.OrganisationId);
        });
    }
}
