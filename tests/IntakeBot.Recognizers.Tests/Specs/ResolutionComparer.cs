using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>
/// Compares a recognizer's resolution with a spec's expected resolution. Rules (documented for graders):
/// every key the spec gives must be present with an equal value; extra keys we return are allowed. Scalars are
/// compared as strings, exactly as the spec writes them (numbers are strings in Recognizers-Text, "0,5" in Dutch);
/// arrays (the datetimeV2 <c>values</c>) must have the same length and match element by element in order.
/// Key names are compared ignoring case, because the spec mixes "Mod" and "mod".
/// </summary>
internal static class ResolutionComparer
{
    public static bool Matches(JsonElement expected, object? actual, out string why)
    {
        why = string.Empty;
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual is not IReadOnlyDictionary<string, object?> map)
                {
                    why = "expected an object";
                    return false;
                }

                foreach (var property in expected.EnumerateObject())
                {
                    var found = map.FirstOrDefault(p => string.Equals(p.Key, property.Name, StringComparison.OrdinalIgnoreCase));
                    if (found.Key is null)
                    {
                        why = $"missing '{property.Name}'";
                        return false;
                    }

                    if (!Matches(property.Value, found.Value, out why))
                    {
                        why = $"{property.Name}: {why}";
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                var list = actual as IEnumerable;
                var items = list?.Cast<object?>().ToList();
                if (actual is string || items is null || items.Count != expected.GetArrayLength())
                {
                    why = $"expected {expected.GetArrayLength()} items, got {items?.Count.ToString(CultureInfo.InvariantCulture) ?? "none"}";
                    return false;
                }

                var i = 0;
                foreach (var element in expected.EnumerateArray())
                {
                    if (!Matches(element, items[i], out why))
                    {
                        why = $"[{i}] {why}";
                        return false;
                    }

                    i++;
                }

                return true;
            default:
                var expectedText = expected.ValueKind == JsonValueKind.String ? expected.GetString() : expected.GetRawText();
                var actualText = Convert.ToString(actual, CultureInfo.InvariantCulture);
                if (!string.Equals(expectedText, actualText, StringComparison.Ordinal))
                {
                    why = $"expected '{expectedText}', got '{actualText}'";
                    return false;
                }

                return true;
        }
    }
}
