using System.Globalization;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Builds Recognizers-Text datetimeV2 resolution values.</summary>
internal static class DtValues
{
    public static string Date(DateOnly d) => DateSpec.Format(d);

    public static string Stamp(DateOnly d, TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{Date(d)} {t.Hours:D2}:{t.Minutes:D2}:{t.Seconds:D2}") is var s && t.Days > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Date(d.AddDays(t.Days))} {t.Hours:D2}:{t.Minutes:D2}:{t.Seconds:D2}")
            : s;

    public static string Clock(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.Hours:D2}:{t.Minutes:D2}:{t.Seconds:D2}");

    public static Dictionary<string, object?> Point(string timex, string type, string value) =>
        new() { ["timex"] = timex, ["type"] = type, ["value"] = value };

    public static Dictionary<string, object?> Range(string timex, string type, string? start, string? end, string? mod = null, string? source = null)
    {
        var v = new Dictionary<string, object?> { ["timex"] = timex };
        if (mod is not null)
        {
            v["Mod"] = mod;
        }

        v["type"] = type;
        if (start is not null)
        {
            v["start"] = start;
        }

        if (end is not null)
        {
            v["end"] = end;
        }

        if (source is not null)
        {
            v["sourceEntity"] = source;
        }

        return v;
    }

    public static DtMatch DateMatch(DateParse date, DateOnly reference) => date.Spec.InvalidTimex is { } invalid
        ? new(date.First, date.Last, "date", [Point(invalid, "date", "not resolved")])
        : new(date.First, date.Last, "date", date.Spec.Candidates(reference).Select(d => (IReadOnlyDictionary<string, object?>)Point(date.Spec.Timex, "date", Date(d))).ToList());

    public static DtMatch TimeMatch(TimeParse time) =>
        new(time.First, time.Last, "time", time.Spec.Candidates().Select(c => (IReadOnlyDictionary<string, object?>)Point(c.Timex, "time", c.Value)).ToList());

    public static DtMatch DateTimeMatch(int first, int last, DateSpec date, TimeSpec time, DateOnly reference)
    {
        if (date.InvalidTimex is { } invalid)
        {
            return new DtMatch(first, last, "datetime", [Point(invalid + time.Timex, "datetime", "not resolved")]);
        }

        var values = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var t in time.Candidates())
        {
            foreach (var d in date.Candidates(reference))
            {
                values.Add(Point(date.Timex + t.Timex, "datetime", Stamp(d, t.Time)));
            }
        }

        return new DtMatch(first, last, "datetime", values);
    }

    /// <summary>Timex of a span, "PT1H30M" or "P19D".</summary>
    public static string Span(TimeSpan span)
    {
        if (span.Ticks % TimeSpan.TicksPerDay == 0 && span.Ticks > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"P{(int)span.TotalDays}D");
        }

        var text = "PT";
        if (span.Hours + (span.Days * 24) > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"{span.Hours + (span.Days * 24)}H");
        }

        if (span.Minutes > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}M");
        }

        if (span.Seconds > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"{span.Seconds}S");
        }

        return text == "PT" ? "PT0S" : text;
    }
}
