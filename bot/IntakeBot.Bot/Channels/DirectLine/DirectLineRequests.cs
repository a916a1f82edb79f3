using System.Text.Json;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Reads request bodies with a size cap; bad input becomes a 400, never an exception.</summary>
internal static class DirectLineRequests
{
    private const int MaxStartBytes = 16 * 1024;
    private const int MaxAccountField = 256;

    /// <summary>The bot registered in DI, resolved for this request (the lead swaps in the real intake bot).</summary>
    public static IBot? Bot(HttpContext context) => context.RequestServices.GetService<IBot>();

    /// <summary>The body, or an error when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<(byte[]? Body, IResult? Error)> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.TooBig($"The body is larger than {maxBytes} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, DirectLineErrors.TooBig($"The body is larger than {maxBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>The optional start body (<c>{user:{id,name}, locale}</c>); an empty body is fine.</summary>
    public static async Task<(DirectLineStartRequest? Start, IResult? Error)> ReadStartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadBodyAsync(request, MaxStartBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, error);
        }

        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return (new DirectLineStartRequest(), null);
        }

        try
        {
            var start = JsonSerializer.Deserialize<DirectLineStartRequest>(body, ActivitySerializer.Options) ?? new DirectLineStartRequest();
            if (start.User is { } user && (!IsValidAccountField(user.Id) || !IsValidAccountField(user.Name)))
            {
                return (null, DirectLineErrors.Bad("user.id and user.name must be at most 256 characters without control characters."));
            }

            if (start.Locale is { Length: > 35 })
            {
                return (null, DirectLineErrors.Bad("locale is not a BCP-47 tag."));
            }

            return (start, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.Bad("The body is not valid JSON."));
        }
    }

    /// <summary>The activity in the body, or a 400/413 error.</summary>
    public static async Task<(Activity? Activity, IResult? Error)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (body, error) = await ReadBodyAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        return body is null ? (null, error) : ParseActivity(body);
    }

    /// <summary>Parses an activity a client sent; the type is required.</summary>
    public static (Activity? Activity, IResult? Error) ParseActivity(ReadOnlySpan<byte> json)
    {
        Activity activity;
        try
        {
            activity = ActivitySerializer.Deserialize(json);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return (null, DirectLineErrors.Bad("The body is not a valid activity (JSON object expected)."));
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, DirectLineErrors.Missing("The activity has no type."));
        }

        if (activity.Type.Length > 64)
        {
            return (null, DirectLineErrors.Bad("The activity type is too long."));
        }

        if (activity.From is { } from && (!IsValidAccountField(from.Id) || !IsValidAccountField(from.Name)))
        {
            return (null, DirectLineErrors.Bad("from.id and from.name must be at most 256 characters without control characters."));
        }

        return (activity, null);
    }

    /// <summary>Who sent an activity: the token's user, or for a secret the id the caller names (the conversation's user by default).</summary>
    public static ChannelAccount Sender(DirectLineCaller caller, string conversationUserId, string? requestedId, string? name) => new()
    {
        Id = caller.Token?.UserId ?? (string.IsNullOrEmpty(requestedId) ? conversationUserId : requestedId),
        Name = name ?? caller.Token?.UserName,
        Role = RoleTypes.User,
    };

    /// <summary>True for null, or a short string without control characters.</summary>
    public static bool IsValidAccountField(string? value) =>
        value is null || (value.Length <= MaxAccountField && !value.Any(char.IsControl));
}
