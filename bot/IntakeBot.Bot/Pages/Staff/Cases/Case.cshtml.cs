using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Staff.Web;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.Mvc;

namespace IntakeBot.Bot.Pages.Staff.Cases;

/// <summary>
/// /staff/cases/{reference}: the case's fields, route with deadlines, status, assignment, internal notes, timeline,
/// delivery states and the conversation (full with the case's values marked, or redacted). Every handler first finds
/// the case in the caller's scope (404 otherwise, also for another organisation's case), then checks the write policy
/// (403 for reviewers), then acts and audits.
/// </summary>
internal sealed class CaseModel(
    ICaseRegister register,
    ITranscriptStore transcripts,
    IDeliveryLog deliveries,
    StaffAccounts accounts,
    IAuditLog audit,
    TimeProvider time) : StaffPageModel(audit, time)
{
    public CaseRecord Record { get; private set; } = null!;

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public IReadOnlyList<DeliveryState> Deliveries { get; private set; } = [];

    public IReadOnlyList<TranscriptBubble> Transcript { get; private set; } = [];

    public IReadOnlyList<StaffAccount> Colleagues { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public bool Redacted { get; private set; }

    public DateOnly Today { get; private set; }

    public string? MessageKey { get; private set; }

    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, string? view, string? done, CancellationToken cancellationToken)
    {
        if (await FindAsync(reference, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return NotFoundPage();
        }

        await LoadAsync(record, view == "redacted", cancellationToken).ConfigureAwait(false);
        MessageKey = done switch
        {
            "status" => "cases.case.status.saved",
            "assign" => "cases.case.assign.saved",
            "note" => "cases.case.note.saved",
            _ => null,
        };
        await AuditAsync(AuditActions.CaseRead, record.Case.Reference).ConfigureAwait(false);
        await AuditAsync(AuditActions.TranscriptRead, record.Case.Reference, Redacted ? "redacted" : "full").ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(string reference, string? status, string? outcome, string? nature, long? version, CancellationToken cancellationToken)
    {
        if (await FindAsync(reference, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return NotFoundPage();
        }

        if (!await IsAllowedAsync(StaffPolicies.StaffWrite).ConfigureAwait(false))
        {
            return Forbid();
        }

        if (StaffNames.Parse<CaseStatus>(status) is not { } newStatus)
        {
            return await InvalidAsync(record, "cases.case.status.invalid", StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
        }

        var closing = newStatus == CaseStatus.Afgehandeld;
        var caseOutcome = StaffNames.Parse<CaseOutcome>(outcome);
        var caseNature = StaffNames.Parse<ComplaintNature>(nature);
        if (closing && (caseOutcome is null || caseNature is null))
        {
            return await InvalidAsync(record, "cases.case.status.needoutcome", StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
        }

        var change = new StatusChange(newStatus, closing ? caseOutcome : null, closing ? caseNature : null);
        var result = await register.SetStatusAsync(Scope, record.Case.Reference, change, Actor, Time.GetUtcNow(), version, cancellationToken).ConfigureAwait(false);
        return await AfterChangeAsync(record, result, AuditActions.StatusChanged, StaffNames.Of(newStatus), "status", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostAssignAsync(string reference, string? assignee, CancellationToken cancellationToken)
    {
        if (await FindAsync(reference, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return NotFoundPage();
        }

        if (!await IsAllowedAsync(StaffPolicies.StaffWrite).ConfigureAwait(false))
        {
            return Forbid();
        }

        StaffActor? to = null;
        if (!string.IsNullOrEmpty(assignee))
        {
            var colleague = (await ColleaguesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(c => c.Id == assignee);
            if (colleague is null)
            {
                return await InvalidAsync(record, "cases.case.assign.invalid", StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
            }

            to = new StaffActor(colleague.Id, colleague.DisplayName, colleague.OrganisationId);
        }

        var result = await register.AssignAsync(Scope, record.Case.Reference, to, Actor, Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await AfterChangeAsync(record, result, AuditActions.Assigned, to?.Id ?? "nobody", "assign", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostNoteAsync(string reference, string? text, CancellationToken cancellationToken)
    {
        if (await FindAsync(reference, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return NotFoundPage();
        }

        if (!await IsAllowedAsync(StaffPolicies.StaffWrite).ConfigureAwait(false))
        {
            return Forbid();
        }

        var note = text?.Trim();
        if (string.IsNullOrEmpty(note) || note.Length > CaseLimits.NoteLength)
        {
            return await InvalidAsync(record, "cases.case.note.invalid", StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false);
        }

        var result = await register.AddNoteAsync(Scope, record.Case.Reference, note, Actor, Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await AfterChangeAsync(record, result, AuditActions.NoteAdded, null, "note", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The deadline of a route step has passed while the case is still open.</summary>
    public bool IsOverdue(CaseRouteStep step) => Record.IsOpen && step.Deadline is { } deadline && Today > deadline;

    private async Task<CaseRecord?> FindAsync(string reference, CancellationToken cancellationToken) =>
        CaseReference.Normalize(reference) is { } canonical
            ? await register.GetAsync(Scope, canonical, cancellationToken).ConfigureAwait(false)
            : null;

    private async Task<IActionResult> AfterChangeAsync(CaseRecord record, CaseChange result, string action, string? detail, string done, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case CaseChange.NotFound:
                return NotFoundPage();
            case CaseChange.Conflict:
                return await InvalidAsync(record, "cases.case.status.conflict", StatusCodes.Status409Conflict, cancellationToken).ConfigureAwait(false);
            default:
                await AuditAsync(action, record.Case.Reference, detail).ConfigureAwait(false);
                return RedirectToPage(new { reference = record.Case.Reference, done });
        }
    }

    private async Task<IActionResult> InvalidAsync(CaseRecord record, string errorKey, int statusCode, CancellationToken cancellationToken)
    {
        var current = await register.GetAsync(Scope, record.Case.Reference, cancellationToken).ConfigureAwait(false) ?? record;
        await LoadAsync(current, redacted: false, cancellationToken).ConfigureAwait(false);
        await AuditAsync(AuditActions.CaseRead, record.Case.Reference).ConfigureAwait(false);
        ErrorKey = errorKey;
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }

    private async Task LoadAsync(CaseRecord record, bool redacted, CancellationToken cancellationToken)
    {
        Record = record;
        Redacted = redacted;
        Today = StaffDates.Today(Time);
        CanWrite = await IsAllowedAsync(StaffPolicies.StaffWrite).ConfigureAwait(false);
        Timeline = await register.TimelineAsync(Scope, record.Case.Reference, cancellationToken).ConfigureAwait(false);
        Deliveries = await deliveries.ForCaseAsync(record.Case.Reference, cancellationToken).ConfigureAwait(false);
        var entries = await transcripts.GetAsync(record.Case.ConversationId, cancellationToken).ConfigureAwait(false);
        Transcript = TranscriptView.Build(entries, record.Case, redacted);
        Colleagues = CanWrite ? await ColleaguesAsync(cancellationToken).ConfigureAwait(false) : [];
    }

    private async Task<IReadOnlyList<StaffAccount>> ColleaguesAsync(CancellationToken cancellationToken) =>
        [.. (await accounts.ListAsync(Actor.OrganisationId, cancellationToken).ConfigureAwait(false))
            .Where(a => a.Role is StaffRoles.Officer or StaffRoles.Admin && !a.LockedOut)];
}
