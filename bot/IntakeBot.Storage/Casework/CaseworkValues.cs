using System.Globalization;

namespace IntakeBot.Storage.Casework;

/// <summary>How casework values are written: instants as UTC ticks (sortable, exact), days as yyyy-MM-dd, flags as 0/1.</summary>
internal static class CaseworkValues
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object DayOrNull(DateOnly? day) => day is { } value ? Day(value) : DBNull.Value;

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object TicksOrNull(DateTimeOffset? at) => at is { } value ? value.UtcTicks : DBNull.Value;

    public static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);

    public static DateTimeOffset? FromTicks(long? ticks) => ticks is { } value ? FromTicks(value) : null;

    public static long Flag(bool value) => value ? 1 : 0;
}
