namespace IntakeBot.Bot.Delivery;

/// <summary>
/// The SMTP server ("Delivery:Smtp"). <see cref="EnableTls"/> uses STARTTLS (System.Net.Mail does not speak implicit
/// TLS on port 465; use 587). <see cref="UserName"/> and <see cref="Password"/> are optional; keep the password in
/// an environment variable or a secret store, never in appsettings.json.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name. Without it nothing is sent and every e-mail delivery fails visibly.</summary>
    public string? Host { get; set; }

    /// <summary>The port (25, or 587 with TLS).</summary>
    public int Port { get; set; } = 25;

    /// <summary>STARTTLS before authenticating and sending.</summary>
    public bool EnableTls { get; set; } = true;

    /// <summary>The account name, when the server wants one.</summary>
    public string? UserName { get; set; }

    /// <summary>The account's password.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. intakebot@organisation.example.nl.</summary>
    public string From { get; set; } = "intakebot@localhost";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "IntakeBot";

    /// <summary>How long one send may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
