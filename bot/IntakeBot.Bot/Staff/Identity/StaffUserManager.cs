using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>
/// Identity's user manager with lockout on the injected <see cref="TimeProvider"/>. ASP.NET Core Identity (through
/// .NET 10) reads <see cref="DateTimeOffset.UtcNow"/> when it locks an account after too many failed sign-ins and when
/// it checks whether the lockout is over; the rules (5 failures, 15 minutes) stay in <see cref="IdentityOptions"/>.
/// </summary>
internal sealed class StaffUserManager(
    IUserStore<StaffUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<StaffUser> passwordHasher,
    IEnumerable<IUserValidator<StaffUser>> userValidators,
    IEnumerable<IPasswordValidator<StaffUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<StaffUser>> logger,
    TimeProvider time)
    : UserManager<StaffUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    /// <inheritdoc />
    public override async Task<bool> IsLockedOutAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await GetLockoutEnabledAsync(user).ConfigureAwait(false))
        {
            return false;
        }

        return await GetLockoutEndDateAsync(user).ConfigureAwait(false) is { } end && end >= time.GetUtcNow();
    }

    /// <inheritdoc />
    public override async Task<IdentityResult> AccessFailedAsync(StaffUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var lockouts = LockoutStore();
        var failures = await lockouts.IncrementAccessFailedCountAsync(user, CancellationToken).ConfigureAwait(false);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await lockouts.SetLockoutEndDateAsync(user, time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken).ConfigureAwait(false);
            await lockouts.ResetAccessFailedCountAsync(user, CancellationToken).ConfigureAwait(false);
        }

        return await UpdateUserAsync(user).ConfigureAwait(false);
    }

    private IUserLockoutStore<StaffUser> LockoutStore() =>
        Store as IUserLockoutStore<StaffUser> ?? throw new NotSupportedException("The staff user store does not support lockout.");
}
