namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>A reply could not be delivered to the Bot Connector (or no token could be obtained for it).</summary>
internal sealed class ConnectorDeliveryException : Exception
{
    public ConnectorDeliveryException(string message, int? status, Exception? inner = null)
        : base(message, inner) => Status = status;

    /// <summary>The last HTTP status, when there was an answer.</summary>
    public int? Status { get; }
}
