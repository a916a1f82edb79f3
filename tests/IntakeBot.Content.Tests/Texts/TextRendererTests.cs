using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Content.Tests.Support;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Tests.Texts;

public sealed class TextRendererTests
{
    private static readonly TextRenderer Renderer = new(RepoContent.Catalog.Texts);

    [Fact]
    public void A_routed_deadline_renders_as_a_real_dutch_date()
    {
        var route = new RoutingEngine(RepoContent.Catalog).Route("kracht-den-haag", Kind.Klacht, new(Role.YoungPerson), new DateOnly(2025, 12, 22));
        var acknowledgement = route.Deadlines.First(d => d.Id == "acknowledgement");

        Assert.Equal("Je krijgt uiterlijk dinsdag 23 december 2025 bericht dat je klacht binnen is.", Renderer.Render(acknowledgement.Text, "nl", Register.Je));
        Assert.Equal("U krijgt uiterlijk dinsdag 23 december 2025 bericht dat uw klacht binnen is.", Renderer.Render(acknowledgement.Text, "nl", Register.U));
        Assert.Equal("By Tuesday 23 December 2025 at the latest you will hear that your complaint has arrived.", Renderer.Render(acknowledgement.Text, "en", Register.Je));
    }

    [Fact]
    public void Retry_gives_the_second_wording()
    {
        var texts = RepoContent.Catalog.Texts;
        Assert.NotEqual(texts.Get("nl", "question.field.name", Register.Je), texts.Get("nl", "question.field.name", Register.Je, retry: true));
    }

    [Fact]
    public void Unknown_placeholders_stay_visible_and_odd_input_does_not_throw()
    {
        var filled = TextRenderer.Fill("a {x} b {y", [TextArgument.Of("x", "1")], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("a 1 b {y", filled);
        Assert.Equal("{z}", TextRenderer.Fill("{z}", [], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_missing_key_names_language_and_key()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => RepoContent.Catalog.Texts.Get("nl", "no.such.key", Register.Je));
        Assert.Contains("no.such.key", error.Message, StringComparison.Ordinal);
    }
}
