using System.Xml.Linq;
using IntakeBot.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace IntakeBot.Bot.Privacy;

/// <summary>The Data Protection key ring in PostgreSQL (<see cref="PostgresDataProtectionKeys"/>), shared by every instance on the database.</summary>
/// <remarks>
/// <see cref="IXmlRepository"/> is synchronous. Data Protection calls it only when it loads or refreshes the key ring
/// (at start-up, about once a day, and when it creates a key), never per request, so blocking on the store there is
/// cheap; the work runs on the thread pool so that no caller's synchronisation context can deadlock it.
/// </remarks>
internal sealed class DatabaseXmlRepository(PostgresDataProtectionKeys keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. Task.Run(() => keys.ReadAllAsync()).GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var xml = element.ToString(SaveOptions.DisableFormatting);
        Task.Run(() => keys.StoreAsync(friendlyName, xml)).GetAwaiter().GetResult();
    }
}
