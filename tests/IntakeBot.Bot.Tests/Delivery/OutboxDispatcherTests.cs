using IntakeBot.Casework;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Delivery;

public sealed class OutboxDispatcherTests
{
    [Fact]
    public async Task A_created_event_reaches_the_organisation_by_email_and_is_marked_delivered()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));

        var result = await harness.Dispatcher.RunOnceAsync();

        Assert.Equal(new OutboxPassResult(1, 1, 0, 1), result);
        Assert.Empty(await harness.PendingAsync());
        var mail = Assert.Single(harness.Smtp.Messages);
        Assert.Equal([DeliveryHarness.OrganisationEmail], mail.Recipients);
        Assert.Contains(intakeCase.Reference, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("klacht", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("https://intake.example.nl/staff/cases/" + intakeCase.Reference, mail.Body, StringComparison.Ordinal);
        Assert.Contains("23 november 2026", mail.Body, StringComparison.Ordinal);
        var state = await harness.Log.GetAsync(1, DeliveryTargets.Email);
        Assert.NotNull(state?.DeliveredAt);
        Assert.Equal(1, state!.Attempts);
        var entry = Assert.Single(await harness.TimelineAsync(intakeCase.Reference));
        Assert.Equal(TimelineEntryTypes.Delivered, entry.Type);
        Assert.Equal(OutboxDispatcher.ActorId, entry.ActorId);
    }

    [Fact]
    public async Task The_organisation_email_holds_no_name_story_or_contact_details()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow(), fields: f => f[CaseFieldNames.Phone] = "0600000000"));

        await harness.Dispatcher.RunOnceAsync();

        var mail = Assert.Single(harness.Smtp.Messages);
        foreach (var personal in new[] { CaseFieldNames.Name, CaseFieldNames.Email, CaseFieldNames.Description, CaseFieldNames.Phone })
        {
            Assert.DoesNotContain(intakeCase.Fields[personal], mail.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(intakeCase.Fields[personal], mail.Subject, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_email_carries_the_event_as_idempotency_id()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));

        await harness.Dispatcher.RunOnceAsync();

        var mail = Assert.Single(harness.Smtp.Messages);
        Assert.Equal("<intakebot.1.email@intake.example.nl>", mail.Header("Message-ID"));
        Assert.Equal("intakebot.1.email", mail.Header("X-IntakeBot-Event-Id"));
        Assert.Equal("auto-generated", mail.Header("Auto-Submitted"));
    }

    [Fact]
    public async Task A_crash_between_send_and_save_sends_again_with_the_same_message_id()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));
        harness.Log.FailNextSave = true;

        await Assert.ThrowsAsync<IOException>(() => harness.Dispatcher.RunOnceAsync());
        Assert.Single(await harness.PendingAsync());
        await harness.Dispatcher.RunOnceAsync();

        // At-least-once: the receiver gets it twice and can drop the second by its Message-ID.
        Assert.Equal(2, harness.Smtp.Messages.Count);
        Assert.Equal(harness.Smtp.Messages[0].Header("Message-ID"), harness.Smtp.Messages[1].Header("Message-ID"));
        Assert.Empty(await harness.PendingAsync());
    }

    [Fact]
    public async Task Smtp_replying_451_loses_nothing_shows_the_failure_waits_for_the_backoff_and_delivers_when_it_recovers()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));
        harness.Smtp.RejectMailWith = "451 4.3.0 Try again later";
        var start = harness.Clock.GetUtcNow();

        var first = await harness.Dispatcher.RunOnceAsync();

        Assert.Equal(new OutboxPassResult(1, 0, 1, 0), first);
        Assert.Single(await harness.PendingAsync());
        var failing = Assert.Single(await harness.Log.FailingAsync(CaseScope.For(DeliveryHarness.Organisation)));
        Assert.Equal("SMTP 451", failing.LastError);
        Assert.Equal(1, failing.Attempts);
        Assert.InRange(failing.NextAttemptAt!.Value - start, TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(30));
        Assert.Equal(TimelineEntryTypes.DeliveryFailed, Assert.Single(await harness.TimelineAsync(intakeCase.Reference)).Type);

        harness.Smtp.RejectMailWith = null;
        var connections = harness.Smtp.Connections;
        await harness.Dispatcher.RunOnceAsync();
        Assert.Equal(connections, harness.Smtp.Connections);
        Assert.Empty(harness.Smtp.Messages);

        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        var second = await harness.Dispatcher.RunOnceAsync();

        Assert.Equal(new OutboxPassResult(1, 1, 0, 1), second);
        Assert.Single(harness.Smtp.Messages);
        Assert.Empty(await harness.PendingAsync());
        Assert.Empty(await harness.Log.FailingAsync(CaseScope.For(DeliveryHarness.Organisation)));
        var delivered = await harness.Log.GetAsync(1, DeliveryTargets.Email);
        Assert.Equal(2, delivered!.Attempts);
    }

    [Fact]
    public async Task A_stopped_smtp_listener_keeps_the_event_pending_until_it_is_back()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));
        await harness.Smtp.StopAsync();

        await harness.Dispatcher.RunOnceAsync();

        var state = await harness.Log.GetAsync(1, DeliveryTargets.Email);
        Assert.StartsWith("SMTP ", state!.LastError, StringComparison.Ordinal);
        Assert.Null(state.DeliveredAt);
        Assert.Single(await harness.PendingAsync());

        await harness.Smtp.StartAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.Dispatcher.RunOnceAsync();

        Assert.Single(harness.Smtp.Messages);
        Assert.Empty(await harness.PendingAsync());
    }

    [Fact]
    public async Task Failures_keep_retrying_at_the_cap_and_become_alarming_without_flooding_the_timeline()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));
        harness.Smtp.RejectMailWith = "421 4.7.0 Service not available";
        var backoff = RetryBackoff.Default;

        for (var i = 0; i < backoff.AlarmAfter + 2; i++)
        {
            await harness.Dispatcher.RunOnceAsync();
            harness.Clock.Advance(backoff.Cap);
        }

        var state = await harness.Log.GetAsync(1, DeliveryTargets.Email);
        Assert.Equal(backoff.AlarmAfter + 2, state!.Attempts);
        Assert.True(backoff.IsAlarming(state));
        Assert.InRange(state.NextAttemptAt!.Value - state.LastAttemptAt!.Value, backoff.Cap * 0.8, backoff.Cap);
        var failures = (await harness.TimelineAsync(intakeCase.Reference)).Where(e => e.Type == TimelineEntryTypes.DeliveryFailed).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains($"({backoff.AlarmAfter}x)", failures[1].Detail, StringComparison.Ordinal);
        Assert.Single(await harness.PendingAsync());
    }

    [Fact]
    public async Task A_webhook_answering_500_is_retried_and_delivered_when_it_answers_200()
    {
        await using var harness = await DeliveryHarness.StartAsync(email: false, webhook: true);
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));
        harness.Webhook!.Replies.Enqueue(500);
        harness.Webhook.Replies.Enqueue(200);

        await harness.Dispatcher.RunOnceAsync();

        var state = await harness.Log.GetAsync(1, DeliveryTargets.Webhook);
        Assert.Equal("webhook 500", state!.LastError);
        Assert.Single(await harness.PendingAsync());

        harness.Clock.Advance(TimeSpan.FromSeconds(31));
        await harness.Dispatcher.RunOnceAsync();

        Assert.Empty(await harness.PendingAsync());
        Assert.Empty(harness.Smtp.Messages);
        var calls = harness.Webhook.Received.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.All(calls, call => Assert.True(call.SignatureValid));
        Assert.All(calls, call => Assert.Equal("intakebot.1.webhook", call.EventId));
        using var json = System.Text.Json.JsonDocument.Parse(calls[1].Body);
        var root = json.RootElement;
        Assert.Equal("created", root.GetProperty("event").GetString());
        Assert.Equal(intakeCase.Reference, root.GetProperty("reference").GetString());
        Assert.Equal(DeliveryHarness.Organisation, root.GetProperty("organisationId").GetString());
        Assert.Equal("klacht", root.GetProperty("kind").GetString());
        Assert.Equal("nieuw", root.GetProperty("status").GetString());
        Assert.Equal("https://intake.example.nl/staff/cases/" + intakeCase.Reference, root.GetProperty("url").GetString());
        Assert.DoesNotContain(intakeCase.Fields[CaseFieldNames.Name], calls[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_with_another_secret_rejects_the_signature_and_the_delivery_shows_as_failing()
    {
        await using var harness = await DeliveryHarness.StartAsync(email: false, webhook: true, receiverSecret: "another-secret-that-does-not-match-0000");
        await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));

        await harness.Dispatcher.RunOnceAsync();

        var call = Assert.Single(harness.Webhook!.Received);
        Assert.False(call.SignatureValid);
        Assert.Equal("webhook 401", (await harness.Log.GetAsync(1, DeliveryTargets.Webhook))!.LastError);
        Assert.Single(await harness.PendingAsync());
    }

    [Fact]
    public async Task Email_and_webhook_both_have_to_succeed_before_the_event_is_done()
    {
        await using var harness = await DeliveryHarness.StartAsync(email: true, webhook: true);
        await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));
        harness.Webhook!.Replies.Enqueue(503);

        await harness.Dispatcher.RunOnceAsync();
        Assert.Single(await harness.PendingAsync());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await harness.Dispatcher.RunOnceAsync();

        // The e-mail went once: a target that worked is never sent again while another one is retried.
        Assert.Single(harness.Smtp.Messages);
        Assert.Equal(2, harness.Webhook.Received.Count);
        Assert.Empty(await harness.PendingAsync());
    }

    [Fact]
    public async Task The_person_gets_a_copy_only_when_they_asked_for_one()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var asked = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow(), wantsCopy: true));
        var notAsked = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow(), wantsCopy: false));

        await harness.Dispatcher.RunOnceAsync();

        var messages = harness.Smtp.Messages;
        Assert.Equal(3, messages.Count);
        var copy = Assert.Single(messages, m => m.Recipients.Contains(asked.Fields[CaseFieldNames.Email]));
        Assert.DoesNotContain(messages, m => m.Recipients.Contains(notAsked.Fields[CaseFieldNames.Email]));
        Assert.Contains(asked.Reference, copy.Body, StringComparison.Ordinal);
        Assert.Contains(asked.Fields[CaseFieldNames.Description], copy.Body, StringComparison.Ordinal);
        Assert.Contains("Wat gebeurt er nu?", copy.Body, StringComparison.Ordinal);
        Assert.Contains("Kracht (klachten)", copy.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("wantsCopy", copy.Body, StringComparison.Ordinal);
        Assert.Equal("intakebot.1.user-copy", copy.Header("X-IntakeBot-Event-Id"));
        Assert.Contains(await harness.TimelineAsync(asked.Reference), e => e.Type == TimelineEntryTypes.CopySent);
        Assert.Empty(await harness.PendingAsync());
    }

    [Fact]
    public async Task The_copy_is_in_the_persons_language()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var english = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow(), wantsCopy: true, language: "en"));

        await harness.Dispatcher.RunOnceAsync();

        var copy = Assert.Single(harness.Smtp.Messages, m => m.Recipients.Contains(english.Fields[CaseFieldNames.Email]));
        Assert.Contains("What happens now?", copy.Body, StringComparison.Ordinal);
        Assert.Contains("14 November 2026", copy.Body, StringComparison.Ordinal);
        Assert.Equal("en", copy.Header("Content-Language"));
    }

    [Fact]
    public async Task A_withdrawal_notifies_the_organisation_too_but_sends_no_second_copy()
    {
        await using var harness = await DeliveryHarness.StartAsync(email: true, webhook: true);
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow(), wantsCopy: true));
        await harness.Dispatcher.RunOnceAsync();
        harness.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True(await harness.Cases.WithdrawAsync(intakeCase.Reference, harness.Clock.GetUtcNow()));

        var result = await harness.Dispatcher.RunOnceAsync();

        Assert.Equal(new OutboxPassResult(1, 2, 0, 1), result);
        var withdrawn = harness.Smtp.Messages[^1];
        Assert.Equal([DeliveryHarness.OrganisationEmail], withdrawn.Recipients);
        Assert.StartsWith("Ingetrokken", withdrawn.Subject, StringComparison.Ordinal);
        Assert.Equal(2, harness.Smtp.Messages.Count(m => m.Recipients.Contains(DeliveryHarness.OrganisationEmail)));
        Assert.Single(harness.Smtp.Messages, m => m.Recipients.Contains(intakeCase.Fields[CaseFieldNames.Email]));
        using var json = System.Text.Json.JsonDocument.Parse(harness.Webhook!.Received.ToArray()[^1].Body);
        Assert.Equal("withdrawn", json.RootElement.GetProperty("event").GetString());
        Assert.Equal("ingetrokken", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_organisation_without_delivery_keeps_its_events_pending_and_failing()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht("blijf-groep", harness.Clock.GetUtcNow()));

        await harness.Dispatcher.RunOnceAsync();

        Assert.Single(await harness.PendingAsync());
        Assert.Empty(harness.Smtp.Messages);
        var failing = Assert.Single(await harness.Log.FailingAsync(CaseScope.For("blijf-groep")));
        Assert.Equal(OutboxDispatcher.NotConfigured, failing.LastError);
        Assert.Equal(DeliveryTargets.Email, failing.Target);
        Assert.Contains(await harness.TimelineAsync(intakeCase.Reference), e => e.Type == TimelineEntryTypes.DeliveryFailed && e.Detail!.Contains(OutboxDispatcher.NotConfigured, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_address_fails_with_a_code_and_never_the_address()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var intakeCase = await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow(), wantsCopy: true));
        harness.Smtp.RejectRecipientWith = "550 5.1.1 <" + intakeCase.Fields[CaseFieldNames.Email] + ">: mailbox unavailable";

        await harness.Dispatcher.RunOnceAsync();

        var states = await harness.Log.ForCaseAsync(intakeCase.Reference);
        Assert.Equal(2, states.Count);
        Assert.All(states, state => Assert.Equal("SMTP 550", state.LastError));
        Assert.All(await harness.TimelineAsync(intakeCase.Reference), entry =>
        {
            Assert.DoesNotContain(intakeCase.Fields[CaseFieldNames.Email], entry.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(intakeCase.Fields[CaseFieldNames.Name], entry.Detail, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task An_event_of_a_deleted_case_is_settled()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        await harness.SubmitAsync(harness.Data.Klacht(DeliveryHarness.Organisation, harness.Clock.GetUtcNow()));
        var pending = Assert.Single(await harness.PendingAsync());

        // A case store whose case is gone (retention or erasure) but whose event is still pending.
        var dispatcher = new OutboxDispatcher(
            new CaseGoneStore(harness.Cases),
            harness.Register,
            harness.Log,
            new RecordingMailSender(),
            new RecordingWebhookSender(),
            new IntakeBot.Bot.Delivery.StaffDeliveryTexts(DeliveryHarness.Texts),
            DeliveryHarness.Catalog,
            harness.Options.ToSettings(),
            harness.Clock,
            new Random(1));
        var result = await dispatcher.RunOnceAsync();

        Assert.Equal(new OutboxPassResult(1, 0, 0, 1), result);
        Assert.Empty(await harness.PendingAsync());
        Assert.Null(await harness.Log.GetAsync(pending.Id, DeliveryTargets.Email));
    }
}
