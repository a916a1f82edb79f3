using System.Globalization;
using System.Security.Cryptography;

namespace IntakeBot.Storage;

/// <summary>
/// eTags "{random instance id}-{counter}": unique across store instances and processes sharing a database (so a key
/// deleted and created again never gets an old eTag back) without an extra database write per commit.
/// </summary>
internal sealed class ETagGenerator
{
    private readonly string _prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + "-";
    private long _counter;

    public string Next()
    {
        var value = Interlocked.Increment(ref _counter);
        return string.Create(CultureInfo.InvariantCulture, $"{_prefix}{value:x}");
    }
}
