using System.Text.Json;

namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>
/// Grades a recognizer against a spec file: a case passes when the results match in number, order, Text, TypeName,
/// Start/End (when the spec gives them) and Resolution "value". Text and string values compare case-insensitively,
/// because Recognizers-Text lower-cases sequence input; the "score" is not graded.
/// </summary>
internal static class SpecGrader
{
    public static SpecScore Grade(string relativePath, Func<string, IReadOnlyList<ModelResult>> recognize)
    {
        var cases = RecognizerSpecs.Load(relativePath).Where(c => c.IsSupportedByDotNet).ToList();
        var failures = new List<string>();
        foreach (var spec in cases)
        {
            var actual = recognize(spec.Input);
            var problem = Compare(spec, actual);
            if (problem is not null)
            {
                failures.Add($"{spec.Input} → {problem}");
            }
        }

        return new SpecScore(cases.Count, cases.Count - failures.Count, failures);
    }

    private static string? Compare(SpecCase spec, IReadOnlyList<ModelResult> actual)
    {
        if (spec.Results.Count != actual.Count)
        {
            return $"expected {spec.Results.Count} results, got {actual.Count}: {string.Join(" | ", actual.Select(a => a.Text))}";
        }

        for (var k = 0; k < actual.Count; k++)
        {
            var expected = spec.Results[k];
            var got = actual[k];
            if (!string.Equals(expected.GetProperty("Text").GetString(), got.Text, StringComparison.OrdinalIgnoreCase)
                || expected.GetProperty("TypeName").GetString() != got.TypeName)
            {
                return $"expected '{expected.GetProperty("Text")}', got '{got.Text}' ({got.TypeName})";
            }

            if (expected.TryGetProperty("Start", out var start) && (start.GetInt32() != got.Start || expected.GetProperty("End").GetInt32() != got.End))
            {
                return $"offsets {got.Start}-{got.End}, expected {start}-{expected.GetProperty("End")}";
            }

            if (expected.TryGetProperty("Resolution", out var resolution) && resolution.TryGetProperty("value", out var value)
                && !ValueEquals(value, got.Resolution.GetValueOrDefault("value")))
            {
                return $"value {got.Resolution.GetValueOrDefault("value")}, expected {value}";
            }
        }

        return null;
    }

    private static bool ValueEquals(JsonElement expected, object? actual) => expected.ValueKind switch
    {
        JsonValueKind.True => actual is true,
        JsonValueKind.False => actual is false,
        JsonValueKind.String => string.Equals(expected.GetString(), actual?.ToString(), StringComparison.OrdinalIgnoreCase),
        _ => string.Equals(expected.GetRawText(), actual?.ToString(), StringComparison.OrdinalIgnoreCase),
    };
}
