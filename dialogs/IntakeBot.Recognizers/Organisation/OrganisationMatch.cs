namespace IntakeBot.Recognizers.Organisation;

/// <summary>An organisation found in text. <see cref="End"/> is inclusive, as in Recognizers-Text.</summary>
/// <param name="OrganisationId">The id from the table the recognizer was built with.</param>
/// <param name="Text">The matched text as it appears in the input.</param>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index of the last character (inclusive).</param>
/// <param name="Score">1.0 for an exact alias; lower with more typos or when only the start of a longer name matched.</param>
/// <param name="MatchedName">The alias that matched, as written in the table.</param>
public sealed record OrganisationMatch(string OrganisationId, string Text, int Start, int End, double Score, string MatchedName);
