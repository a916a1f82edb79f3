using IntakeBot.Bot.Cli;

namespace IntakeBot.Understanding.Tests.Cli;

public sealed class EvaluateClassifierCommandTests
{
    [Fact]
    public async Task PrintsCrossValidationAndTheSeparateTestSet()
    {
        var output = new StringWriter();

        var exit = await EvaluateClassifierCommand.RunAsync(output, TestContent.ContentRoot, showMistakes: false, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("5-fold cross-validation", text, StringComparison.Ordinal);
        Assert.Contains("separate test set", text, StringComparison.Ordinal);
        Assert.Contains("macro-F1", text, StringComparison.Ordinal);
        Assert.Contains("confusion", text, StringComparison.Ordinal);
        Assert.Contains("crisis recall", text, StringComparison.Ordinal);
    }
}
