using System.Globalization;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Prompts;

public sealed class RecognizerPromptTests
{
    [Theory]
    [InlineData("nl-NL", "15", "15")]
    [InlineData("nl-NL", "ik ben 15 jaar", "15")]
    [InlineData("nl-NL", "3,5", "3.5")]
    [InlineData("nl-NL", "1.250", "1250")]
    [InlineData("en-US", "3.5", "3.5")]
    [InlineData("nl-NL", "-2", "-2")]
    public async Task NumberPrompt_UnderstandsNumeralsInTheUsersCulture(string locale, string answer, string expected)
    {
        await new TestFlow(new TestAdapter(locale: locale), PromptHarness.Bot(new NumberPrompt("p")).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("vijftien")] // words need the Dutch recognizer
    [InlineData("mp3")] // digits inside a word are no number
    public async Task NumberPrompt_WithoutNumerals_AsksAgain(string answer)
    {
        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new NumberPrompt("p")).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send(answer).AssertReply(PromptHarness.Retry)
            .StartTestAsync();
    }

    [Fact]
    public async Task NumberPrompt_UsesTheGivenRecognizer()
    {
        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new NumberPrompt("p", recognizer: new Fake<decimal>("vijftien", 15m))).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("vijftien").AssertReply("result: 15")
            .StartTestAsync();
    }

    [Fact]
    public async Task DateTimePrompt_ReturnsEveryReading()
    {
        IReadOnlyList<DateTimeResolution> tuesday = [new("2026-11-17", "date", "2026-11-17"), new("2026-11-24", "date", "2026-11-24")];

        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new DateTimePrompt("p", new Fake<IReadOnlyList<DateTimeResolution>>("dinsdag", tuesday))).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("dinsdag").AssertReply("result: 2026-11-17,2026-11-24")
            .StartTestAsync();
    }

    [Fact]
    public async Task PhoneAndEmailPrompts_UseTheirRecognizers()
    {
        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new PhoneNumberPrompt("p", new Fake<string>("0612345678", "+31612345678"))).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("weet ik niet").AssertReply(PromptHarness.Retry)
            .Send("0612345678").AssertReply("result: +31612345678")
            .StartTestAsync();

        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new EmailPrompt("p", new Fake<string>("a@b.nl", "a@b.nl"))).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("a@b.nl").AssertReply("result: a@b.nl")
            .StartTestAsync();
    }

    [Fact]
    public async Task AttachmentPrompt_WantsAFile()
    {
        var withFile = new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/a.png" }] };

        await new TestFlow(new TestAdapter(), PromptHarness.Bot(new AttachmentPrompt("p")).Callback)
            .Send("hoi").AssertReply(PromptHarness.Question)
            .Send("hier").AssertReply(PromptHarness.Retry)
            .Send(withFile).AssertReply("result: 1 file(s)")
            .StartTestAsync();
    }

    /// <summary>Recognises exactly one input.</summary>
    private sealed class Fake<T>(string input, T value) : IPromptRecognizer<T>
    {
        public ValueTask<PromptRecognizerResult<T>> RecognizeAsync(string text, CultureInfo culture, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(text == input ? PromptRecognizerResult<T>.Recognized(value) : PromptRecognizerResult<T>.NotRecognized);
    }
}
