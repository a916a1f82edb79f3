using IntakeBot.Bot.Staff;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Staff;

public sealed class StaffTextsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("staff-texts-").FullName;

    [Fact]
    public void The_repository_texts_load_in_Dutch_and_English()
    {
        var texts = StaffTexts.Load(RepositoryPaths.Content);

        Assert.Equal("IntakeBot – medewerkers", texts["common.app.name"]);
        Assert.Equal("IntakeBot – staff", texts.Get("common.app.name", "en"));
        Assert.Equal(texts["common.app.name"], texts.Get("common.app.name", "fr"));
    }

    [Fact]
    public void A_missing_key_names_the_key()
    {
        Write("a.nl.yaml", "a.one: \"Een\"\n");
        var texts = StaffTexts.Load(_root);

        var error = Assert.Throws<KeyNotFoundException>(() => texts["a.two"]);
        Assert.Contains("a.two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_must_have_the_same_keys()
    {
        Write("a.nl.yaml", "a.one: \"Een\"\na.two: \"Twee\"\n");
        Write("a.en.yaml", "a.one: \"One\"\n");

        var error = Assert.Throws<InvalidDataException>(() => StaffTexts.Load(_root));
        Assert.Contains("a.two", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_in_two_files_is_refused()
    {
        Write("a.nl.yaml", "x.one: \"Een\"\n");
        Write("b.nl.yaml", "x.one: \"Een\"\n");

        var error = Assert.Throws<InvalidDataException>(() => StaffTexts.Load(_root));
        Assert.Contains("x.one", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.nl.yaml", "- lijst\n")]
    [InlineData("a.nl.yaml", "a.one: [1, 2]\n")]
    [InlineData("a.nl.yaml", "a.one: \"open\n")]
    [InlineData("nl.yaml", "a.one: \"Een\"\n")]
    public void Bad_files_give_a_clear_error(string file, string yaml)
    {
        Write(file, yaml);

        var error = Assert.Throws<InvalidDataException>(() => StaffTexts.Load(_root));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string name, string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_root, "staff"));
        File.WriteAllText(Path.Combine(_root, "staff", name), yaml);
    }
}
