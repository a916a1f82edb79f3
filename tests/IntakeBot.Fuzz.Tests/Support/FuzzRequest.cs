namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>One generated request: what is called, with which credential, body, content type and query.</summary>
internal sealed record FuzzRequest(string Endpoint, string Credential, string ConversationId, byte[] Body, string? ContentType, string Watermark, string? Origin)
{
    public override string ToString() =>
        $"{Endpoint} cred={Credential} conv={ErrorBodies.Shorten(ConversationId)} type={ContentType} wm={Watermark} origin={Origin} body({Body.Length})={ErrorBodies.Shorten(System.Text.Encoding.UTF8.GetString(Body))}";
}
