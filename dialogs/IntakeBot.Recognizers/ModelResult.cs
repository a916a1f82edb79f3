namespace IntakeBot.Recognizers;

/// <summary>
/// One entity found in text, in the shape of Microsoft Recognizers-Text's ModelResult so that results can be
/// graded against its published specs. <see cref="End"/> is inclusive.
/// </summary>
/// <param name="Text">The matched text as it appears in the input.</param>
/// <param name="Start">Index of the first character in the input.</param>
/// <param name="End">Index of the last character in the input (inclusive).</param>
/// <param name="TypeName">For example <c>number</c>, <c>ordinal</c>, <c>datetimeV2.date</c>, <c>phonenumber</c>.</param>
/// <param name="Resolution">The resolved value, keyed as in Recognizers-Text (<c>value</c>, <c>values</c>, <c>timex</c>, …).</param>
public sealed record ModelResult(string Text, int Start, int End, string TypeName, IReadOnlyDictionary<string, object?> Resolution);
