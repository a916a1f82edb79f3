namespace IntakeBot.Recognizers.DateTime;

/// <summary>Turns a point or period into an open range with a Recognizers-Text Mod ("before", "after", "since", "approx").</summary>
internal static class ModMatcher
{
    public static DtMatch? Apply(DtMatch inner, string mod, int first, int last)
    {
        var (type, source) = inner.Type switch
        {
            "date" => ("daterange", "datetimepoint"),
            "daterange" => ("daterange", "datetimerange"),
            "time" => ("timerange", "datetimepoint"),
            "datetime" => ("datetimerange", "datetimepoint"),
            "timerange" when inner.Values.All(v => v.ContainsKey("end")) => ("timerange", "datetimepoint"),
            _ => (null, null),
        };
        if (type is null || source is null)
        {
            return null;
        }

        if (mod == "approx")
        {
            var approx = inner.Values.Select(v => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(v) { ["Mod"] = "approx" }).ToList();
            return inner with { First = first, Last = last, Values = approx };
        }

        var values = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var v in inner.Values)
        {
            var combined = v.TryGetValue("Mod", out var innerMod) && innerMod is string im ? $"{mod}-{im}" : mod;
            var timex = (string)v["timex"]!;
            var isRange = v.ContainsKey("start");
            var point = isRange ? null : (string?)v["value"];
            var start = isRange ? (string?)v["start"] : point;
            var end = isRange ? (string?)v["end"] : point;
            values.Add(mod switch
            {
                "before" => DtValues.Range(timex, type, null, start, combined, source),
                "after" => DtValues.Range(timex, type, end, null, combined, source),
                _ => DtValues.Range(timex, type, start, null, combined, source),
            });
        }

        return new DtMatch(first, last, type, values);
    }
}
