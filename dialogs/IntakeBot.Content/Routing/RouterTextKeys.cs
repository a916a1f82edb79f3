namespace IntakeBot.Content.Routing;

/// <summary>
/// Text keys the router emits itself (beyond the keys named in organisation files). The loader checks that every
/// one exists in every language, so a missing text fails at start-up instead of in a conversation.
/// </summary>
internal static class RouterTextKeys
{
    public const string StepDone = "route.reason.step_done";
    public const string StepSkippedDirect = "route.reason.step_skipped_direct";
    public const string StepLater = "route.reason.step_later";
    public const string KindNotInRegulation = "route.reason.kind_not_in_regulation";
    public const string BezwaarDeadline = "deadline.bezwaar";
    public const string BezwaarDeadlinePassed = "deadline.bezwaar_passed";
    public const string HandlingNotStated = "deadline.handling_not_stated";
    public const string ExtensionPossible = "deadline.extension_possible";
    public const string BezwaarLate = "notice.bezwaar_late";
    public const string BezwaarDateUnknown = "notice.bezwaar_date_unknown";
    public const string BezwaarMunicipalityUnknown = "notice.bezwaar_municipality_unknown";
    public const string BezwaarNotProvider = "notice.bezwaar_not_provider";
    public const string AnonymityNotAllowed = "notice.anonymity_not_allowed";
    public const string AnonymityRegisteredOnly = "notice.anonymity_registered_only";
    public const string AnonymityAllowed = "notice.anonymity_allowed";
    public const string AnonymityNotStated = "notice.anonymity_not_stated";
    public const string WhoCheck = "notice.who_check";
    public const string MinorWithAdult = "notice.minor_with_adult";
    public const string ConsentWritten = "notice.consent_written";
    public const string SchemeAssumed = "notice.scheme_assumed";
    public const string ExternalAfterInternal = "notice.external_after_internal";
    public const string UnknownMunicipalityName = "destination.unknown_municipality";
    public const string DirectAccess = "route.reason.direct_access";

    public static readonly IReadOnlyList<string> All =
    [
        StepDone, StepSkippedDirect, StepLater, KindNotInRegulation, BezwaarDeadline, BezwaarDeadlinePassed,
        HandlingNotStated, ExtensionPossible, BezwaarLate, BezwaarDateUnknown, BezwaarMunicipalityUnknown,
        BezwaarNotProvider, AnonymityNotAllowed, AnonymityRegisteredOnly, AnonymityAllowed, AnonymityNotStated,
        WhoCheck, MinorWithAdult, ConsentWritten, SchemeAssumed, ExternalAfterInternal, UnknownMunicipalityName, DirectAccess,
    ];
}
