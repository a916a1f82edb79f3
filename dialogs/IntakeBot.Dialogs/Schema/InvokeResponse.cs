using System.Text.Json;

namespace IntakeBot.Dialogs.Schema;

/// <summary>The HTTP status and body a bot returns for an <c>invoke</c> activity.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">JSON body, if any.</param>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
