using System.Xml.Linq;
using IntakeBot.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace IntakeBot.Bot.Privacy;

/// <summary>The Data Protection key ring in PostgreSQL (<see cref="PostgresDataProtectionKeys"/>), shared by every instance on the database.</summary>
/// <remarks>
/// <para>
/// <see cref="IXmlRepository"/> is synchronous. Data Protection calls it only when it loads or refreshes the key ring
/// (at start-up, about once a day, and when it creates a key), never per request, so blocking on the store there is
/// cheap; the work runs on the thread pool so that no caller's synchronisation context can deadlock it.
/// </para>
/// <para>
/// Instances that start together on an empty database would each create a first key and, for up to a day, not know
/// the others'. So a read that finds no key takes an advisory lock and keeps it until this instance has stored its first
/// key (or <see cref="FirstKeyWait"/> has passed): the other instances wait, read again, and use that key.
/// </para>
/// </remarks>
internal sealed class DatabaseXmlRepository(PostgresDataProtectionKeys keys, string connectionString, TimeProvider time) : IXmlRepository
{
    /// <summary>The advisory lock key ("IBKeyRng") of the first key's creation.</summary>
    public const long FirstKeyLockKey = 0x49424B6579526E67;

    /// <summary>How long an instance waits for the lock, and holds it at most when no key follows.</summary>
    public static readonly TimeSpan FirstKeyWait = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private PostgresAdvisoryLock? _firstKeyLock;

    public IReadOnlyCollection<XElement> GetAllElements() => Task.Run(GetAllElementsAsync).GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var xml = element.ToString(SaveOptions.DisableFormatting);
        Task.Run(async () =>
        {
            await keys.StoreAsync(friendlyName, xml).ConfigureAwait(false);
            await ReleaseFirstKeyLockAsync().ConfigureAwait(false);
        }).GetAwaiter().GetResult();
    }

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        var stored = await keys.ReadAllAsync().ConfigureAwait(false);
        if (stored.Count > 0)
        {
            return Parse(stored);
        }

        lock (_gate)
        {
            if (_firstKeyLock is not null)
            {
                // This instance holds the lock already and is about to store its first key.
                return [];
            }
        }

        var firstKeyLock = new PostgresAdvisoryLock(connectionString, FirstKeyLockKey, "IntakeBot key ring");
        using (var waiting = new CancellationTokenSource(FirstKeyWait, time))
        {
            await firstKeyLock.WaitAsync(waiting.Token).ConfigureAwait(false);
        }

        stored = await keys.ReadAllAsync().ConfigureAwait(false);
        if (stored.Count > 0)
        {
            await firstKeyLock.DisposeAsync().ConfigureAwait(false);
            return Parse(stored);
        }

        lock (_gate)
        {
            _firstKeyLock = firstKeyLock;
        }

        // Should Data Protection not create a key after all, the others must not wait for ever.
        _ = Task.Delay(FirstKeyWait, time).ContinueWith(_ => ReleaseFirstKeyLockAsync(), TaskScheduler.Default);
        return [];
    }

    private async Task ReleaseFirstKeyLockAsync()
    {
        PostgresAdvisoryLock? held;
        lock (_gate)
        {
            (held, _firstKeyLock) = (_firstKeyLock, null);
        }

        if (held is not null)
        {
            await held.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static XElement[] Parse(IReadOnlyList<string> stored) => [.. stored.Select(xml => XElement.Parse(xml))];
}
