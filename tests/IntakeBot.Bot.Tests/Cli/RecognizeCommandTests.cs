using System.Text.Json;
using IntakeBot.Bot.Cli;
using IntakeBot.Recognizers;
using IntakeBot.Recognizers.Organisation;

namespace IntakeBot.Bot.Tests.Cli;

public sealed class RecognizeCommandTests
{
    private static readonly TimeProvider Clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task PhoneNumber_OneLineIn_OneLineOut_WithRecognizersTextShape()
    {
        var lines = await RunAsync("""{"id":17,"kind":"phonenumber","culture":"nl-NL","text":"bel me op 0612 34 56 78","reference":"2026-11-22T10:00:00","options":[]}""");

        var root = Assert.Single(lines).RootElement;
        Assert.Equal(17, root.GetProperty("id").GetInt32());
        var entity = Assert.Single(root.GetProperty("entities").EnumerateArray());
        Assert.Equal("0612 34 56 78", entity.GetProperty("text").GetString());
        Assert.Equal(10, entity.GetProperty("start").GetInt32());
        Assert.Equal(22, entity.GetProperty("end").GetInt32());
        Assert.Equal("phonenumber", entity.GetProperty("type").GetString());
        Assert.Equal("+31612345678", entity.GetProperty("resolution").GetProperty("normalized").GetString());
    }

    [Theory]
    [InlineData("email", "mail sanne@example.nl", "email", "sanne@example.nl")]
    [InlineData("url", "zie www.jeugdstem.nl", "url", "www.jeugdstem.nl")]
    [InlineData("postcode", "6160ac", "postcode", "6160 AC")]
    [InlineData("organisation", "akj", "organisation", "jeugdstem")]
    public async Task ServesSequenceKinds(string kind, string text, string type, string value)
    {
        var line = JsonSerializer.Serialize(new { id = 1, kind, culture = "nl-NL", text });

        var entity = Assert.Single(Assert.Single(await RunAsync(line)).RootElement.GetProperty("entities").EnumerateArray());

        Assert.Equal(type, entity.GetProperty("type").GetString());
        Assert.Equal(value, entity.GetProperty("resolution").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Boolean_ResolvesToJsonBool()
    {
        var root = Assert.Single(await RunAsync("""{"id":2,"kind":"boolean","text":"neuh liever niet"}""")).RootElement;

        var entity = Assert.Single(root.GetProperty("entities").EnumerateArray());
        Assert.False(entity.GetProperty("resolution").GetProperty("value").GetBoolean());
    }

    [Fact]
    public async Task Organisation_Ambiguous_ListsAllCandidates()
    {
        var root = Assert.Single(await RunAsync("""{"id":3,"kind":"organisation","text":"veilig thuis"}""")).RootElement;

        var values = Assert.Single(root.GetProperty("entities").EnumerateArray()).GetProperty("resolution").GetProperty("values");
        Assert.Equal(["blijf-groep", "veilig-thuis-hollands-midden"], values.EnumerateArray().Select(v => v.GetProperty("value").GetString()).Order());
    }

    [Fact]
    public async Task Errors_AreReported_AndProcessingContinues()
    {
        var lines = await RunAsync(
            """{"id":1,"kind":"horoscope","text":"x"}""",
            "this is not json",
            """{"id":"a","text":"no kind"}""",
            """[1,2]""",
            "",
            """{"id":4,"kind":"email","text":"a@b.nl","culture":"xx-NOPE"}""",
            """{"id":5,"kind":"email","text":"a@b.nl"}""");

        Assert.Equal(6, lines.Count);
        Assert.Contains("unsupported kind 'horoscope'", lines[0].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, lines[1].RootElement.GetProperty("id").ValueKind);
        Assert.Contains("malformed JSON", lines[1].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("a", lines[2].RootElement.GetProperty("id").GetString());
        Assert.Equal("missing 'kind'", lines[2].RootElement.GetProperty("error").GetString());
        Assert.True(lines[3].RootElement.TryGetProperty("error", out _));
        Assert.Contains("unknown culture", lines[4].RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(lines[5].RootElement.GetProperty("entities").EnumerateArray());
    }

    [Fact]
    public async Task Registry_IsExtensible_AndGetsTheReferenceTime()
    {
        DateTime? seen = null;
        var registry = ContentRegistry.Create().Add("datetime", request =>
        {
            seen = request.Reference;
            return [new ModelResult("gisteren", 0, 7, "datetimeV2.date", new Dictionary<string, object?> { ["values"] = new[] { new Dictionary<string, object?> { ["timex"] = "2026-11-21" } } })];
        });
        var output = new StringWriter();

        await RecognizeCommand.RunAsync(new StringReader("""{"id":9,"kind":"datetime","text":"gisteren","reference":"2026-11-22T10:00:00"}"""), output, Clock, registry, CancellationToken.None);

        Assert.Equal(new DateTime(2026, 11, 22, 10, 0, 0), seen);
        Assert.Contains("\"timex\":\"2026-11-21\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingReference_UsesTheTimeProvider()
    {
        DateTime? seen = null;
        var registry = new RecognizerRegistry().Add("probe", request =>
        {
            seen = request.Reference;
            return [];
        });

        await RecognizeCommand.RunAsync(new StringReader("""{"id":1,"kind":"probe","text":""}"""), new StringWriter(), Clock, registry, CancellationToken.None);

        Assert.Equal(new DateTime(2026, 11, 22, 10, 0, 0), seen);
    }

    [Fact]
    public async Task CustomOrganisationTable_IsInjectable()
    {
        var registry = RecognizerRegistry.CreateDefault(new OrganisationNameRecognizer([new OrganisationNames("test-org", ["Testorganisatie"])]));
        var output = new StringWriter();

        await RecognizeCommand.RunAsync(new StringReader("""{"id":1,"kind":"organisation","text":"testorganisatie"}"""), output, Clock, registry, CancellationToken.None);

        Assert.Contains("\"value\":\"test-org\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailingRecognizer_GivesAnErrorLine()
    {
        var registry = new RecognizerRegistry().Add("boom", _ => throw new InvalidOperationException("kapot"));
        var output = new StringWriter();

        var exitCode = await RecognizeCommand.RunAsync(new StringReader("""{"id":1,"kind":"boom","text":"x"}"""), output, Clock, registry, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains("kapot", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_Returns130()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var exitCode = await RecognizeCommand.RunAsync(new StringReader("{}"), new StringWriter(), Clock, ContentRegistry.Create(), cancellation.Token);

        Assert.Equal(130, exitCode);
    }

    private static async Task<List<JsonDocument>> RunAsync(params string[] inputLines)
    {
        var output = new StringWriter { NewLine = "\n" };
        await RecognizeCommand.RunAsync(new StringReader(string.Join('\n', inputLines)), output, Clock, ContentRegistry.Create(), CancellationToken.None);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l))];
    }
}
