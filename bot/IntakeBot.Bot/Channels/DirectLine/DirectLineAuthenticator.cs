namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads the caller from <c>Authorization: Bearer</c> (or, for sockets and file links, a token from <c>?t=</c>; never the
/// secret, because URLs end up in proxy and access logs).
/// </summary>
internal sealed class DirectLineAuthenticator(DirectLineSecrets secrets, DirectLineTokens tokens)
{
    /// <summary>The caller, or the error to answer with.</summary>
    public (DirectLineCaller? Caller, IResult? Error) Authenticate(HttpRequest request, bool allowQueryToken = false)
    {
        var credential = Bearer(request);
        var fromQuery = false;
        if (credential is null && allowQueryToken && request.Query.TryGetValue("t", out var query) && !string.IsNullOrEmpty(query))
        {
            credential = query.ToString();
            fromQuery = true;
        }

        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineErrors.MissingAuthorization());
        }

        if (secrets.IsSecret(credential))
        {
            return fromQuery ? (null, DirectLineErrors.InvalidCredential()) : (new DirectLineCaller(credential, null), null);
        }

        var read = tokens.Read(credential);
        return read.Status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineCaller(credential, read.Claims), null),
            DirectLineTokenStatus.Expired => (null, DirectLineErrors.Expired()),
            _ => (null, DirectLineErrors.InvalidCredential()),
        };
    }

    /// <summary>The caller when allowed to use the conversation, or the error (401, 403).</summary>
    public (DirectLineCaller? Caller, IResult? Error) AuthenticateFor(HttpRequest request, string conversationId, bool allowQueryToken = false)
    {
        var (caller, error) = Authenticate(request, allowQueryToken);
        if (caller is null)
        {
            return (null, error);
        }

        return caller.MayUse(conversationId) ? (caller, null) : (null, DirectLineErrors.WrongConversation());
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }
}
