using System.Globalization;
using System.Text;
using System.Text.Json;

namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>
/// Runs a recognizer over every .NET-supported case of a spec file and counts the cases whose results all match:
/// same count; per result the same Text (ignoring case: the spec lower-cases matched text), Start and End when the
/// spec gives them, TypeName, and Resolution by <see cref="ResolutionComparer"/>.
/// </summary>
internal static class SpecGrader
{
    public static SpecGrade Grade(string specFile, Func<SpecCase, IReadOnlyList<ModelResult>> recognize, ResolutionRule rule = ResolutionRule.AllKeys)
    {
        var cases = RecognizerSpecs.Load(specFile).Where(c => c.IsSupportedByDotNet).ToList();
        var failures = new StringBuilder();
        var passed = 0;
        foreach (var specCase in cases)
        {
            IReadOnlyList<ModelResult> actual;
            try
            {
                actual = recognize(specCase);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"THROW {specCase.Input}: {ex.GetType().Name} {ex.Message}");
                continue;
            }

            var why = Compare(specCase.Results, actual, rule);
            if (why is null)
            {
                passed++;
            }
            else
            {
                failures.AppendLine(CultureInfo.InvariantCulture, $"FAIL {JsonSerializer.Serialize(specCase.Input)}: {why}");
                failures.AppendLine(CultureInfo.InvariantCulture, $"     got {JsonSerializer.Serialize(actual.Select(r => new { r.Text, r.Start, r.TypeName, r.Resolution }))}");
            }
        }

        return new SpecGrade(specFile, passed, cases.Count, failures.ToString());
    }

    public static System.DateTime ReferenceOf(SpecCase specCase, System.DateTime fallback)
    {
        if (specCase.Context is { ValueKind: JsonValueKind.Object } context
            && context.TryGetProperty("ReferenceDateTime", out var reference)
            && System.DateTime.TryParse(reference.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        return fallback;
    }

    private static string? Compare(IReadOnlyList<JsonElement> expected, IReadOnlyList<ModelResult> actual, ResolutionRule rule)
    {
        if (expected.Count != actual.Count)
        {
            return $"expected {expected.Count} results, got {actual.Count}: expected {string.Join(" | ", expected.Select(e => e.GetRawText()))}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            var text = e.GetProperty("Text").GetString();
            if (!string.Equals(text, a.Text, StringComparison.OrdinalIgnoreCase))
            {
                return $"[{i}] text '{text}' vs '{a.Text}'";
            }

            if (e.TryGetProperty("Start", out var start) && start.GetInt32() != a.Start)
            {
                return $"[{i}] start {start.GetInt32()} vs {a.Start}";
            }

            if (e.TryGetProperty("End", out var end) && end.GetInt32() != a.End)
            {
                return $"[{i}] end {end.GetInt32()} vs {a.End}";
            }

            var type = e.GetProperty("TypeName").GetString();
            if (type != a.TypeName)
            {
                return $"[{i}] type {type} vs {a.TypeName} ({e.GetRawText()})";
            }

            if (e.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object)
            {
                if (rule == ResolutionRule.ValueIgnoringCase)
                {
                    if (resolution.TryGetProperty("value", out var value) && !ValueEqualsIgnoringCase(value, a.Resolution.GetValueOrDefault("value")))
                    {
                        return $"[{i}] value {a.Resolution.GetValueOrDefault("value")}, expected {value.GetRawText()}";
                    }
                }
                else if (!ResolutionComparer.Matches(resolution, a.Resolution, out var why))
                {
                    return $"[{i}] resolution {why}: expected {resolution.GetRawText()}";
                }
            }
        }

        return null;
    }

    private static bool ValueEqualsIgnoringCase(JsonElement expected, object? actual) => expected.ValueKind switch
    {
        JsonValueKind.True => actual is true,
        JsonValueKind.False => actual is false,
        JsonValueKind.String => string.Equals(expected.GetString(), actual?.ToString(), StringComparison.OrdinalIgnoreCase),
        _ => string.Equals(expected.GetRawText(), Convert.ToString(actual, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase),
    };
}
