using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>An <see cref="IMailSender"/> that keeps what it was asked to send and answers with <see cref="Next"/>.</summary>
internal sealed class RecordingMailSender : IMailSender
{
    public List<OutgoingMail> Sent { get; } = [];

    public Func<OutgoingMail, SendResult> Next { get; set; } = _ => SendResult.Ok;

    public Task<SendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        Sent.Add(mail);
        return Task.FromResult(Next(mail));
    }
}
