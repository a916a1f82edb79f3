namespace IntakeBot.Bot.Pages.Staff.Reports;

/// <summary>One bar of the server-rendered chart: its label, count, and pixel geometry (whole numbers, culture-free).</summary>
public sealed record ChartBar(string Label, int Count, int Y, int Width);
