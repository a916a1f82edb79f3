using System.Globalization;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// A clock time as written. <see cref="Ambiguous"/> is true for 1..12 without a day part ("om 8"), which resolves to
/// two candidates (08 and 20), as Recognizers-Text does. <see cref="Precision"/> is 1 (hour), 2 (minutes) or 3 (seconds).
/// </summary>
internal sealed record TimeSpec(int Hour, int Minute, int Second, int Precision, bool Ambiguous)
{
    public TimeSpec WithDayPart(DayPart part) => this with { Hour = part.Apply(Hour), Ambiguous = false };

    /// <summary>Candidate hours: the written one, then its twelve-hour twin when ambiguous.</summary>
    public IReadOnlyList<TimeSpec> Candidates() =>
        Ambiguous ? [this with { Ambiguous = false }, this with { Hour = (Hour + 12) % 24, Ambiguous = false }] : [this];

    public string Timex => Precision switch
    {
        1 => string.Create(CultureInfo.InvariantCulture, $"T{Hour:D2}"),
        2 => string.Create(CultureInfo.InvariantCulture, $"T{Hour:D2}:{Minute:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"T{Hour:D2}:{Minute:D2}:{Second:D2}"),
    };

    public TimeSpan Time => new(Hour, Minute, Second);

    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Hour:D2}:{Minute:D2}:{Second:D2}");
}
