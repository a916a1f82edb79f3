namespace IntakeBot.Casework.Audit;

/// <summary>The values of <see cref="AuditEntry.Action"/>.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string CaseList = "case.list";
    public const string CaseRead = "case.read";
    public const string TranscriptRead = "transcript.read";
    public const string StatusChanged = "case.status";
    public const string Assigned = "case.assign";
    public const string NoteAdded = "case.note";
    public const string Exported = "case.export";
    public const string Erased = "case.erase";
    public const string LetterPrinted = "case.letter";
    public const string ReportRead = "report.read";
    public const string ReportExported = "report.export";
    public const string UserCreated = "user.create";
    public const string UserChanged = "user.change";
    public const string RetentionDeleted = "retention.delete";
}
