using System.Buffers;
using System.Text;

namespace IntakeBot.Dialogs.State;

/// <summary>The key rules every <see cref="IStorage"/> enforces, so all stores accept exactly the same keys.</summary>
public static class StorageKeys
{
    /// <summary>Checks every key in <paramref name="keys"/>.</summary>
    /// <exception cref="ArgumentException">A key is null, empty or not valid UTF-16.</exception>
    public static void Validate(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            Validate(key, nameof(keys));
        }
    }

    /// <summary>Checks one key; <paramref name="paramName"/> names the argument in the exception.</summary>
    /// <remarks>
    /// A key must survive the trip to UTF-8 unchanged: database drivers replace an unpaired surrogate with U+FFFD,
    /// so two different keys could otherwise land on the same row.
    /// </remarks>
    /// <exception cref="ArgumentException">The key is null, empty or not valid UTF-16.</exception>
    public static void Validate(string? key, string paramName)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("A storage key must not be null or empty.", paramName);
        }

        var rest = key.AsSpan();
        int at;
        while ((at = rest.IndexOfAnyInRange('\uD800', '\uDFFF')) >= 0)
        {
            rest = rest[at..];
            if (Rune.DecodeFromUtf16(rest, out _, out var consumed) != OperationStatus.Done)
            {
                throw new ArgumentException("A storage key must be valid UTF-16 (it contains an unpaired surrogate).", paramName);
            }

            rest = rest[consumed..];
        }
    }
}
