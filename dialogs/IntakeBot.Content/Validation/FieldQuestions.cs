namespace IntakeBot.Content.Validation;

/// <summary>
/// Fields the conversation asks for, each with a question key "question.field.&lt;id&gt;" (with a retry wording)
/// and a summary label "field.&lt;id&gt;". "date" and "signature" are filled in, not asked.
/// </summary>
internal static class FieldQuestions
{
    public static readonly IReadOnlySet<string> NotAsked = new HashSet<string>(StringComparer.Ordinal) { "date", "signature" };

    public static string QuestionKey(string field) => "question.field." + field;

    public static string LabelKey(string field) => "field." + field;
}
