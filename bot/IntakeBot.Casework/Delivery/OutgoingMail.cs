namespace IntakeBot.Casework.Delivery;

/// <summary>
/// One plain-text e-mail the dispatcher wants sent. <see cref="IdempotencyKey"/> is the same for every retry of the
/// same event and target: senders put it in the Message-ID and the <c>X-IntakeBot-Event-Id</c> header so receivers can
/// drop a duplicate (delivery is at-least-once).
/// </summary>
public sealed record OutgoingMail(long EventId, string Target, string To, string Subject, string Body, string Language)
{
    /// <summary>"intakebot.&lt;event id&gt;.&lt;target&gt;": stable across retries.</summary>
    public string IdempotencyKey => $"intakebot.{EventId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{Target}";
}
