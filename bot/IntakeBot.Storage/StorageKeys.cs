using System.Buffers;
using System.Text;

namespace IntakeBot.Storage;

/// <summary>Argument checks shared by the database stores; the same rules as <c>MemoryStorage</c>.</summary>
internal static class StorageKeys
{
    public static void Validate(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            Validate(key, nameof(keys));
        }
    }

    // A key must survive the trip to UTF-8 unchanged: the driver replaces an unpaired surrogate with U+FFFD,
    // so two different keys could otherwise land on the same row.
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
