namespace IntakeBot.Recognizers.DateTime;

/// <summary>One end of a written range: a date, a month or a year (Kind 'D', 'M' or 'Y'), or a bare day number.</summary>
internal sealed record RangeEnd(char Kind, DateSpec? Date, PeriodParse? Period, int BareDay, int First, int Last);
