namespace IntakeBot.Recognizers.DateTime;

/// <summary>A recognised date/time over tokens First..Last: datetimeV2 subtype and resolution values.</summary>
internal sealed record DtMatch(int First, int Last, string Type, IReadOnlyList<IReadOnlyDictionary<string, object?>> Values);
