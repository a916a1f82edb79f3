using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Storage.Sqlite;

/// <summary>How values are written to TEXT columns: instants as ISO 8601 with their offset, enums by their JSON names.</summary>
internal static class SqliteValues
{
    /// <summary>Camel case, and non-ASCII kept readable in the file.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Instant(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static object InstantOrNull(DateTimeOffset? value) => value is { } instant ? Instant(instant) : DBNull.Value;

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>The name an enum value has in JSON (its <c>JsonStringEnumMemberName</c>), e.g. "klacht".</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.ByValue[value];

    /// <exception cref="InvalidOperationException">The stored name is not a value of <typeparamref name="TEnum"/>.</exception>
    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        EnumNames<TEnum>.ByName.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"The database holds '{name}', which is not a {typeof(TEnum).Name} this build knows.");

    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter(allowIntegerValues: false) } };

        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, Options))!);

        public static readonly FrozenDictionary<string, TEnum> ByName =
            ByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
