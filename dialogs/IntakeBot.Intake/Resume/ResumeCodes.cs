using System.Security.Cryptography;
using System.Text.Json;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake.Resume;

/// <summary>
/// "Continue later": an unfinished intake is kept in the state store under a short code (e.g. 7KQ4-MX9P) for a
/// limited time, and can be picked up on any channel. A code works once; it has 8 symbols from the alphabet of
/// <see cref="CaseReference"/> (no look-alikes), so it can never be mistaken for a case reference.
/// </summary>
internal sealed class ResumeCodes(IStorage storage, TimeProvider time, int days)
{
    private const string KeyPrefix = "intake-resume/";

    /// <summary>Keeps the state and returns its code.</summary>
    public async Task<string> KeepAsync(IntakeState state, CancellationToken cancellationToken)
    {
        var record = new ResumeRecord(state, time.GetUtcNow().AddDays(days));
        var json = JsonSerializer.SerializeToUtf8Bytes(record, StateJson.Options);
        for (var attempt = 0; ; attempt++)
        {
            var code = NewCode();
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [KeyPrefix + code] = new(json, null) }, cancellationToken).ConfigureAwait(false);
                return code;
            }
            catch (ETagConflictException) when (attempt < 5)
            {
                // The code is taken: draw another.
            }
        }
    }

    /// <summary>The kept state for a code, or null when unknown or expired. A found code is used up.</summary>
    public async Task<IntakeState?> TakeAsync(string code, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + code;
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var item))
        {
            return null;
        }

        await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
        ResumeRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<ResumeRecord>(item.Json.Span, StateJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        return record is not null && record.ExpiresAt > time.GetUtcNow() ? record.State : null;
    }

    /// <summary>The canonical code in what the user typed ("7kq4 mx9p" → "7KQ4-MX9P"), or null.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 30)
        {
            return null;
        }

        var symbols = new List<char>(8);
        foreach (var c in text)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (symbols.Count == 8 || !CaseReference.Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return null;
            }

            symbols.Add(upper);
        }

        // A code always holds a digit and a letter, so an 8-letter word ("verander") is never taken for one.
        return symbols.Count == 8 && symbols.Any(char.IsAsciiDigit) && symbols.Any(char.IsAsciiLetter) ? $"{new string([.. symbols[..4]])}-{new string([.. symbols[4..]])}" : null;
    }

    private static string NewCode()
    {
        while (true)
        {
            var code = new char[8];
            for (var i = 0; i < code.Length; i++)
            {
                code[i] = CaseReference.Alphabet[RandomNumberGenerator.GetInt32(CaseReference.Alphabet.Length)];
            }

            if (code.Any(char.IsAsciiDigit) && code.Any(char.IsAsciiLetter))
            {
                return $"{new string(code, 0, 4)}-{new string(code, 4, 4)}";
            }
        }
    }
}
