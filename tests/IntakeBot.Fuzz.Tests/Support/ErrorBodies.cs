using System.Net;
using System.Text.Json;

namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>Checks every answer: never a 5xx, never a stack trace, and errors in their documented JSON shape.</summary>
internal static class ErrorBodies
{
    private static readonly string[] Leaks = ["   at ", "Exception:", "System.", "stack trace", "StackTrace"];

    /// <summary>
    /// Asserts that <paramref name="response"/> is no 5xx (except a 501 when <paramref name="invoke"/>: the documented
    /// answer to an invoke the bot did not answer), leaks no stack trace, and that a 4xx carries
    /// <c>{"error":{"code","message"}}</c>. Returns the status and body.
    /// </summary>
    public static (HttpStatusCode Status, string Body) AssertWellFormed(HttpResponseMessage response, string what, bool invoke = false)
    {
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var status = (int)response.StatusCode;
        Assert.True(status < 500 || (invoke && status == 501), $"{status} for {what}: {Shorten(body)}");
        foreach (var leak in Leaks)
        {
            Assert.False(body.Contains(leak, StringComparison.Ordinal), $"'{leak}' in the answer to {what}: {Shorten(body)}");
        }

        if (status is >= 400 and < 500)
        {
            ErrorCode(body, what);
        }

        return (response.StatusCode, body);
    }

    /// <summary>The code of the ErrorResponse in <paramref name="response"/>.</summary>
    public static string ErrorCode(HttpResponseMessage response, string what) =>
        ErrorCode(response.Content.ReadAsStringAsync().GetAwaiter().GetResult(), what);

    /// <summary>The code of a Direct Line / Bot Framework ErrorResponse; fails when the shape is not there.</summary>
    public static string ErrorCode(string body, string what)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.GetProperty("error");
            var message = error.GetProperty("message").GetString();
            Assert.False(string.IsNullOrWhiteSpace(message), $"an empty error message for {what}");
            return error.GetProperty("code").GetString() ?? throw new InvalidOperationException("no code");
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Assert.Fail($"not the error shape for {what}: {Shorten(body)}");
            throw;
        }
    }

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
