using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IntakeBot.Testing.Processes;

namespace IntakeBot.Reliability.Tests.Support;

/// <summary>The staff API of a <see cref="BotProcess"/>, with a key made by the host's own <c>admin create-api-key</c>.</summary>
internal sealed class StaffApiClient(HttpClient http, string key)
{
    /// <summary>Runs <c>admin create-api-key</c> against the host's database and returns a client with that key.</summary>
    public static async Task<StaffApiClient> CreateAsync(ReliabilityHost host, string organisation)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = host.Bot.DataFolder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { BotProcess.DefaultHostPath(), "admin", "create-api-key", "--organisation", organisation, "--name", "reliability" }.Concat(host.StorageArguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"admin create-api-key: exit {process.ExitCode}: {await error}");
        return new StaffApiClient(host.Http, (await output).Trim());
    }

    /// <summary>The case's description (the story) from GET /api/staff/cases/{reference}.</summary>
    public async Task<string> DescriptionAsync(string reference)
    {
        using var json = JsonDocument.Parse(await GetAsync($"api/staff/cases/{reference}"));
        return json.RootElement.GetProperty("fields").GetProperty("description").GetString() ?? string.Empty;
    }

    /// <summary>The texts the user sent, from GET /api/staff/cases/{reference}/transcript, in order.</summary>
    public async Task<IReadOnlyList<string>> IncomingTextsAsync(string reference)
    {
        using var lines = JsonDocument.Parse(await GetAsync($"api/staff/cases/{reference}/transcript"));
        return [.. lines.RootElement.EnumerateArray()
            .Where(line => line.GetProperty("direction").GetString() == "in")
            .Select(line => line.GetProperty("text").GetString() ?? string.Empty)];
    }

    private async Task<string> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return body;
    }
}
