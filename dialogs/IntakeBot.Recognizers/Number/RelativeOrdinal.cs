namespace IntakeBot.Recognizers.Number;

/// <summary>A relative ordinal ("laatste", "vorige") over tokens First..Last with its resolution.</summary>
internal sealed record RelativeOrdinal(int First, int Last, IReadOnlyDictionary<string, object?> Resolution);
