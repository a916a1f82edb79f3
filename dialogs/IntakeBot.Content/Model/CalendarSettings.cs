namespace IntakeBot.Content.Model;

/// <summary>calendar.yaml: settings of the working-day calendar.</summary>
public sealed record CalendarSettings(BevrijdingsdagRule Bevrijdingsdag = BevrijdingsdagRule.Lustrum, bool GoodFriday = true);
