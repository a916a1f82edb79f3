namespace IntakeBot.Casework.Delivery;

/// <summary>Sends e-mail (the host uses SMTP). Reports failures as a result; only cancellation throws.</summary>
public interface IMailSender
{
    /// <summary>Sends the mail once. A failure's reason holds no address or content.</summary>
    Task<SendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
