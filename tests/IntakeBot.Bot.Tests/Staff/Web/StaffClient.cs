using System.Net;
using System.Text.RegularExpressions;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>An HTTP client that behaves like a browser on the staff pages: cookies, and forms posted with their antiforgery token.</summary>
public sealed partial class StaffClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public async Task<string> TokenAsync(string path)
    {
        using var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {path} ({(int)response.StatusCode}).");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form with a token taken from <paramref name="tokenFrom"/> (default: the same path).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var token = await TokenAsync(tokenFrom ?? path);
        return await PostWithoutTokenAsync(path, [.. fields, new("__RequestVerificationToken", token)]);
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        http.PostAsync(path, new FormUrlEncodedContent(fields));

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/staff/signin", [new("email", email), new("password", password)]);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
