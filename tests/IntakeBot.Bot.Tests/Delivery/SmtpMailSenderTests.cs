using IntakeBot.Bot.Delivery;
using IntakeBot.Casework.Delivery;
using IntakeBot.Testing.Smtp;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Tests.Delivery;

public sealed class SmtpMailSenderTests
{
    private static readonly OutgoingMail Mail = new(9, DeliveryTargets.Email, "klachten@kracht.example.nl", "Nieuwe klacht: KL-7F3K-9Q", "Kenmerk: KL-7F3K-9Q\n.\n..begint met een punt\nÉén 😡", "nl");

    [Fact]
    public async Task A_mail_arrives_intact_with_utf8_and_lines_starting_with_a_dot()
    {
        await using var server = await SmtpTestServer.StartNewAsync();

        var result = await Sender(server.Port).SendAsync(Mail);

        Assert.Equal(SendResult.Ok, result);
        var message = Assert.Single(server.Messages);
        Assert.Equal("intakebot@intake.example.nl", message.From);
        Assert.Equal(Mail.Subject, message.Subject);
        Assert.Equal(Mail.Body.ReplaceLineEndings("\r\n"), message.Body.TrimEnd('\r', '\n'));
    }

    [Fact]
    public async Task A_hung_server_is_a_timeout_not_a_hang()
    {
        await using var server = await SmtpTestServer.StartNewAsync();
        server.Silent = true;

        var result = await Sender(server.Port, TimeSpan.FromSeconds(1)).SendAsync(Mail);

        Assert.False(result.Succeeded);
        Assert.Contains("timeout", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_host_nothing_is_sent_and_the_reason_says_so()
    {
        var sender = new SmtpMailSender(Options.Create(new DeliveryOptions()));

        Assert.Equal(SendResult.Failed("SMTP not configured"), await sender.SendAsync(Mail));
    }

    [Fact]
    public async Task A_malformed_address_fails_without_quoting_it()
    {
        await using var server = await SmtpTestServer.StartNewAsync();

        var result = await Sender(server.Port).SendAsync(Mail with { To = "geen adres <<@>>" });

        Assert.Equal(SendResult.Failed("invalid e-mail address"), result);
        Assert.Empty(server.Messages);
    }

    private static SmtpMailSender Sender(int port, TimeSpan? timeout = null) => new(Options.Create(new DeliveryOptions
    {
        Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, EnableTls = false, From = "intakebot@intake.example.nl", Timeout = timeout ?? TimeSpan.FromSeconds(30) },
    }));
}
