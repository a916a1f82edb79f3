namespace IntakeBot.Recognizers.DateTime;

/// <summary>An amount of one unit ("3 minuten", "een paar weken"), spanning tokens First..Last.</summary>
internal sealed record DurationParse(double Amount, DurationUnit Unit, int First, int Last);
