using System.Text.Json;
using IntakeBot.Bot.Cli;

namespace IntakeBot.Understanding.Tests.Cli;

public sealed class ClassifyCommandTests
{
    [Fact]
    public async Task WritesOneJsonLinePerInputLine()
    {
        var input = new StringReader("""
            {"id":1,"text":"ik wil bezwaar maken tegen mn begeleider"}
            {"id":2,"text":"kreeg een brief van de gemeente dat mn begeleiding stopt"}
            {"id":"drie","text":"ik wil dood"}
            """);
        var output = new StringWriter();

        var exit = await ClassifyCommand.RunAsync(input, output, TestContent.Classifier, CancellationToken.None);

        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal(1, lines[0].RootElement.GetProperty("id").GetInt32());
        Assert.Equal("klacht", lines[0].RootElement.GetProperty("label").GetString());
        Assert.Equal("bezwaar", lines[1].RootElement.GetProperty("label").GetString());
        Assert.Equal("drie", lines[2].RootElement.GetProperty("id").GetString());
        Assert.True(lines[2].RootElement.GetProperty("crisis").GetBoolean());
        foreach (var line in lines)
        {
            var root = line.RootElement;
            Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.Contains(root.GetProperty("unsure").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Equal(2, root.GetProperty("alternatives").GetArrayLength());
            Assert.Equal(JsonValueKind.String, root.GetProperty("alternatives")[0].GetProperty("label").ValueKind);
            Assert.Equal(JsonValueKind.Array, root.GetProperty("cues").ValueKind);
        }
    }

    [Fact]
    public async Task ReportsMalformedLinesAndKeepsGoing()
    {
        var input = new StringReader("""
            {"id":1,"text":
            {"id":2}
            {"id":3,"text":42}
            [1,2]

            {"id":4,"text":"mn begeleider is echt top"}
            """);
        var output = new StringWriter();

        await ClassifyCommand.RunAsync(input, output, TestContent.Classifier, CancellationToken.None);

        var lines = Lines(output);
        Assert.Equal(5, lines.Length);
        Assert.Equal(JsonValueKind.Null, lines[0].RootElement.GetProperty("id").ValueKind);
        Assert.StartsWith("invalid JSON", lines[0].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, lines[1].RootElement.GetProperty("id").GetInt32());
        Assert.True(lines[1].RootElement.TryGetProperty("error", out _));
        Assert.Equal(3, lines[2].RootElement.GetProperty("id").GetInt32());
        Assert.True(lines[2].RootElement.TryGetProperty("error", out _));
        Assert.True(lines[3].RootElement.TryGetProperty("error", out _));
        Assert.Equal("compliment", lines[4].RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public async Task SurvivesEscapedLoneSurrogatesAndHugeLines()
    {
        var huge = new string('x', 200_000);
        var input = new StringReader($$"""
            {"id":1,"text":"\ud800 ik wil dood \udfff"}
            {"id":2,"text":"{{huge}}"}
            {"id":3,"text":"hallo"}
            """);
        var output = new StringWriter();

        await ClassifyCommand.RunAsync(input, output, TestContent.Classifier, CancellationToken.None);

        var lines = Lines(output);
        Assert.Equal([1, 2, 3], lines.Select(l => l.RootElement.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ClassifyCommand.RunAsync(new StringReader("{\"id\":1,\"text\":\"x\"}"), new StringWriter(), TestContent.Classifier, cancellation.Token));
    }

    private static JsonDocument[] Lines(StringWriter output) =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l))];
}
