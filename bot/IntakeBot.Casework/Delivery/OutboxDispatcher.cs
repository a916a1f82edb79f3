using IntakeBot.Casework.Register;
using IntakeBot.Content;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Delivery;

/// <summary>
/// Delivers the outbox (<see cref="ICaseStore.PendingEventsAsync"/>): each event goes to the organisation's e-mail
/// and/or webhook, and a "created" event also to the person's own address when they asked for a copy. Each target's
/// progress is kept in <see cref="IDeliveryLog"/>, so a target that worked is never sent again and one that failed
/// waits for its <see cref="DeliveryState.NextAttemptAt"/>. The event is marked delivered once every target worked.
/// Delivery is at-least-once: a crash between a send and saving its state sends it again on the next pass.
/// Not thread-safe: run one pass at a time (the host's worker does).
/// </summary>
public sealed class OutboxDispatcher
{
    /// <summary>The actor id of timeline entries the dispatcher writes.</summary>
    public const string ActorId = "system:delivery";

    /// <summary>The reason stored when an organisation has neither e-mail nor webhook configured.</summary>
    public const string NotConfigured = "no delivery configured";

    private readonly ICaseStore _cases;
    private readonly ICaseRegister _register;
    private readonly IDeliveryLog _log;
    private readonly IMailSender _mail;
    private readonly IWebhookSender _webhooks;
    private readonly DeliverySettings _settings;
    private readonly DeliveryMailComposer _composer;
    private readonly TimeProvider _time;
    private readonly Random _random;

    /// <summary>Creates a dispatcher. <paramref name="random"/> supplies the jitter of the retry delays.</summary>
    public OutboxDispatcher(
        ICaseStore cases,
        ICaseRegister register,
        IDeliveryLog log,
        IMailSender mail,
        IWebhookSender webhooks,
        IDeliveryTexts texts,
        ContentCatalog catalog,
        DeliverySettings settings,
        TimeProvider time,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(catalog);
        _cases = cases ?? throw new ArgumentNullException(nameof(cases));
        _register = register ?? throw new ArgumentNullException(nameof(register));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _mail = mail ?? throw new ArgumentNullException(nameof(mail));
        _webhooks = webhooks ?? throw new ArgumentNullException(nameof(webhooks));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _composer = new DeliveryMailComposer(texts, catalog, settings);
    }

    /// <summary>One pass over the pending events. Send failures are recorded, not thrown; store failures throw.</summary>
    public async Task<OutboxPassResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var pending = await _cases.PendingEventsAsync(_settings.BatchSize, cancellationToken).ConfigureAwait(false);
        int sent = 0, failed = 0, completed = 0;
        foreach (var caseEvent in pending)
        {
            var intakeCase = await _cases.GetAsync(caseEvent.Reference, cancellationToken).ConfigureAwait(false);
            if (intakeCase is null)
            {
                // The case was erased or deleted by retention after the event was written: nobody is left to tell.
                await _cases.MarkDeliveredAsync(caseEvent.Id, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                completed++;
                continue;
            }

            var done = true;
            foreach (var target in Targets(caseEvent, intakeCase))
            {
                var outcome = await DeliverAsync(caseEvent, intakeCase, target, cancellationToken).ConfigureAwait(false);
                done &= outcome is TargetOutcome.Done or TargetOutcome.Sent;
                sent += outcome == TargetOutcome.Sent ? 1 : 0;
                failed += outcome == TargetOutcome.Failed ? 1 : 0;
            }

            if (done)
            {
                await _cases.MarkDeliveredAsync(caseEvent.Id, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                completed++;
            }
        }

        return new OutboxPassResult(pending.Count, sent, failed, completed);
    }

    private IEnumerable<Target> Targets(CaseEvent caseEvent, IntakeCase intakeCase)
    {
        var delivery = _settings.For(caseEvent.OrganisationId);
        var email = string.IsNullOrWhiteSpace(delivery.Email) ? null : delivery.Email;
        if (email is not null || delivery.WebhookUrl is null)
        {
            // With nothing configured the event still gets an (always failing) e-mail target, so it stays pending and
            // shows as failing to staff instead of silently counting as delivered.
            yield return new Target(DeliveryTargets.Email, email);
        }

        if (delivery.WebhookUrl is not null)
        {
            yield return new Target(DeliveryTargets.Webhook, delivery.WebhookUrl.AbsoluteUri);
        }

        if (caseEvent.Type == CaseEventTypes.Created
            && intakeCase.Fields.GetValueOrDefault(CaseFieldNames.WantsCopy) == "true"
            && intakeCase.Fields.GetValueOrDefault(CaseFieldNames.Email) is { } address
            && !string.IsNullOrWhiteSpace(address))
        {
            yield return new Target(DeliveryTargets.UserCopy, address.Trim());
        }
    }

    private async Task<TargetOutcome> DeliverAsync(CaseEvent caseEvent, IntakeCase intakeCase, Target target, CancellationToken cancellationToken)
    {
        var state = await _log.GetAsync(caseEvent.Id, target.Name, cancellationToken).ConfigureAwait(false);
        if (state?.DeliveredAt is not null)
        {
            return TargetOutcome.Done;
        }

        if (state?.NextAttemptAt is { } next && next > _time.GetUtcNow())
        {
            return TargetOutcome.Waiting;
        }

        var result = await SendAsync(caseEvent, intakeCase, target, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var attempts = (state?.Attempts ?? 0) + 1;
        if (result.Succeeded)
        {
            await _log.SaveAsync(new DeliveryState(caseEvent.Id, intakeCase.Reference, caseEvent.OrganisationId, target.Name, attempts, now, null, now, null), cancellationToken).ConfigureAwait(false);
            var type = target.Name == DeliveryTargets.UserCopy ? TimelineEntryTypes.CopySent : TimelineEntryTypes.Delivered;
            await TimelineAsync(intakeCase.Reference, new TimelineEntry(now, type, ActorId, null, $"{target.Name}: {caseEvent.Type}"), cancellationToken).ConfigureAwait(false);
            return TargetOutcome.Sent;
        }

        var error = result.Error ?? "failed";
        var retryAt = now + _settings.Backoff.DelayAfter(attempts, _random.NextDouble());
        await _log.SaveAsync(new DeliveryState(caseEvent.Id, intakeCase.Reference, caseEvent.OrganisationId, target.Name, attempts, now, retryAt, null, error), cancellationToken).ConfigureAwait(false);
        if (attempts == 1 || attempts == _settings.Backoff.AlarmAfter)
        {
            // The first failure and the moment it becomes alarming go on the timeline; every retry in between would
            // bury the case's history under identical lines. The delivery log keeps the full count.
            var detail = attempts == 1 ? $"{target.Name}: {error}" : $"{target.Name}: {error} ({attempts}x)";
            await TimelineAsync(intakeCase.Reference, new TimelineEntry(now, TimelineEntryTypes.DeliveryFailed, ActorId, null, detail), cancellationToken).ConfigureAwait(false);
        }

        return TargetOutcome.Failed;
    }

    private async Task<SendResult> SendAsync(CaseEvent caseEvent, IntakeCase intakeCase, Target target, CancellationToken cancellationToken)
    {
        if (target.Address is null)
        {
            return SendResult.Failed(NotConfigured);
        }

        try
        {
            switch (target.Name)
            {
                case DeliveryTargets.Webhook:
                    var delivery = _settings.For(caseEvent.OrganisationId);
                    if (string.IsNullOrEmpty(delivery.WebhookSecret))
                    {
                        return SendResult.Failed("no webhook secret configured");
                    }

                    var notification = new WebhookNotification(
                        caseEvent.Id,
                        caseEvent.Type,
                        intakeCase.Reference,
                        intakeCase.OrganisationId,
                        DeliveryWording.KindKey(intakeCase.Kind),
                        StatusName(intakeCase.Status),
                        intakeCase.CreatedAt,
                        _settings.CaseUrl(intakeCase.Reference));
                    return await _webhooks.SendAsync(delivery.WebhookUrl!, delivery.WebhookSecret, notification, cancellationToken).ConfigureAwait(false);
                case DeliveryTargets.UserCopy:
                    return await _mail.SendAsync(_composer.ForPerson(caseEvent, intakeCase, target.Address), cancellationToken).ConfigureAwait(false);
                default:
                    return await _mail.SendAsync(_composer.ForOrganisation(caseEvent, intakeCase, target.Name, target.Address), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A sender should report failures as results; if one throws anyway, keep the type name only: messages can
            // hold addresses.
            return SendResult.Failed("error: " + exception.GetType().Name);
        }
    }

    private async Task TimelineAsync(string reference, TimelineEntry entry, CancellationToken cancellationToken) =>
        // NotFound means the case was deleted meanwhile; there is no timeline left to write to.
        _ = await _register.AppendTimelineAsync(reference, entry, cancellationToken).ConfigureAwait(false);

    private static string StatusName(CaseStatus status) => System.Text.Json.JsonSerializer.Serialize(status).Trim('"');

    private sealed record Target(string Name, string? Address);

    private enum TargetOutcome
    {
        Done,
        Sent,
        Failed,
        Waiting,
    }
}
