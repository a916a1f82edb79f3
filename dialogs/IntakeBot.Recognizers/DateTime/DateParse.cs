namespace IntakeBot.Recognizers.DateTime;

/// <summary>A parsed date and the tokens it spans (inclusive).</summary>
internal sealed record DateParse(DateSpec Spec, int First, int Last);
