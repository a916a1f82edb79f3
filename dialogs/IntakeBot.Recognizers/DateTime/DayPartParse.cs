namespace IntakeBot.Recognizers.DateTime;

/// <summary>A parsed day part ("'s avonds", "in de ochtend") spanning tokens First..Last.</summary>
internal sealed record DayPartParse(DayPart Part, int First, int Last);
