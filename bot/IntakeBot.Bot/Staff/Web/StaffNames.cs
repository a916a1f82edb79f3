using System.Reflection;
using System.Text.Json.Serialization;

namespace IntakeBot.Bot.Staff.Web;

/// <summary>
/// The Dutch names of enum values (their <see cref="JsonStringEnumMemberNameAttribute"/>: "ontvangst-bevestigd"), used
/// in query strings, form values and text keys. Parsing accepts only these names, so anything else is simply "no value".
/// </summary>
internal static class StaffNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    public static TEnum? Parse<TEnum>(string? name)
        where TEnum : struct, Enum =>
        name is { Length: > 0 and <= 64 } && Names<TEnum>.ByName.TryGetValue(name, out var value) ? value : null;

    public static IReadOnlyList<TEnum> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>();

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyDictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>().ToDictionary(
            value => value,
            value => typeof(TEnum).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString().ToLowerInvariant());

        public static readonly IReadOnlyDictionary<string, TEnum> ByName = ByValue.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
