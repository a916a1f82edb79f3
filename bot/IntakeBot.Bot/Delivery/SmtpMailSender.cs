using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using IntakeBot.Casework.Delivery;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// Sends plain-text UTF-8 e-mail over SMTP (System.Net.Mail). Each mail carries its idempotency key as Message-ID and
/// as <c>X-IntakeBot-Event-Id</c>, and <c>Auto-Submitted: auto-generated</c> so mail servers do not answer it with
/// out-of-office replies. Failures become short reasons ("SMTP 451"), never the server's text, which can quote addresses.
/// </summary>
internal sealed class SmtpMailSender(IOptions<DeliveryOptions> options) : IMailSender
{
    public const string EventIdHeader = "X-IntakeBot-Event-Id";

    public async Task<SendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return SendResult.Failed("SMTP not configured");
        }

        MailMessage message;
        try
        {
            message = Message(mail, smtp);
        }
        catch (FormatException)
        {
            return SendResult.Failed("invalid e-mail address");
        }

        using (message)
        using (var client = new SmtpClient(smtp.Host, smtp.Port))
        {
            client.EnableSsl = smtp.EnableTls;
            client.Timeout = (int)Math.Clamp(smtp.Timeout.TotalMilliseconds, 1000, int.MaxValue);
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
            }

            // SmtpClient.Timeout only governs the synchronous Send; the asynchronous send is bounded here.
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(smtp.Timeout);
            try
            {
                await client.SendMailAsync(message, timeout.Token).ConfigureAwait(false);
                return SendResult.Ok;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return SendResult.Failed("SMTP timeout");
            }
            catch (SmtpException exception) when (!cancellationToken.IsCancellationRequested)
            {
                return SendResult.Failed(Reason(exception));
            }
            catch (Exception exception) when (exception is IOException or SocketException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                return SendResult.Failed("SMTP connection failed");
            }
        }
    }

    private static MailMessage Message(OutgoingMail mail, SmtpOptions smtp)
    {
        var from = new MailAddress(smtp.From, smtp.FromName, Encoding.UTF8);
        var message = new MailMessage(from, new MailAddress(mail.To))
        {
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.Body.ReplaceLineEndings("\r\n"),
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        message.Headers.Add("Message-ID", $"<{mail.IdempotencyKey}@{from.Host}>");
        message.Headers.Add(EventIdHeader, mail.IdempotencyKey);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("Content-Language", mail.Language);
        return message;
    }

    private static string Reason(SmtpException exception)
    {
        if (exception.StatusCode != SmtpStatusCode.GeneralFailure)
        {
            return "SMTP " + ((int)exception.StatusCode).ToString(CultureInfo.InvariantCulture);
        }

        return exception.InnerException switch
        {
            SocketException => "SMTP connection failed",
            IOException => "SMTP connection lost",
            null => "SMTP timeout or failure",
            _ => "SMTP failure",
        };
    }
}
