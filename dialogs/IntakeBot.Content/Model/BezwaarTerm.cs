namespace IntakeBot.Content.Model;

/// <summary>The bezwaar term (Awb 6:7, 6:8).</summary>
public sealed record BezwaarTerm(int Amount, DeadlineUnit Unit, bool StartsDayAfterSending, string Source);
