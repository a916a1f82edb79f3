namespace IntakeBot.Dialogs.Prompts;

/// <summary>One reading of a date or time answer, in the shape of Recognizers-Text's datetimeV2 resolution.</summary>
/// <param name="Timex">The TIMEX expression, for example <c>2026-11-17</c> or <c>XXXX-WXX-2</c>.</param>
/// <param name="Type"><c>date</c>, <c>time</c>, <c>datetime</c>, <c>daterange</c>, …</param>
/// <param name="Value">The value for points in time.</param>
/// <param name="Start">The start of a range.</param>
/// <param name="End">The end of a range.</param>
public sealed record DateTimeResolution(string Timex, string Type, string? Value = null, string? Start = null, string? End = null);
