using System.Text.RegularExpressions;
using IntakeBot.Intake.Tests.Support;
using IntakeBot.Testing;

namespace IntakeBot.Intake.Tests;

/// <summary>Every text key the intake code uses exists in Dutch and English; the code itself holds no user-facing text.</summary>
public sealed partial class TextsComeFromContentTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "dialogs", "IntakeBot.Intake");

    [Fact]
    public void Every_key_in_the_code_exists_in_both_languages()
    {
        // QuestionIds.cs holds question ids ("kind.check"), not text keys.
        var keys = Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "QuestionIds.cs")
            .SelectMany(f => KeyLiteral().Matches(Code(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.') && !k.EndsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(keys.Count > 40, $"only {keys.Count} keys found: the pattern no longer matches the code");
        foreach (var language in new[] { "nl", "en" })
        {
            var missing = keys.Where(k => !IntakeChat.Catalog.Texts.Contains(language, k)).ToList();
            Assert.True(missing.Count == 0, $"{language}: missing {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void Every_field_and_kind_has_its_question_label_and_button()
    {
        foreach (var language in new[] { "nl", "en" })
        {
            foreach (var field in new[] { "name", "address", "city", "phone", "email", "description", "employee", "location", "part", "eventDate", "eventTime", "shouldHaveHappened", "desiredOutcome", "role", "decisionDate", "decisionReference", "decisionDescription", "grounds", "lateReason" })
            {
                Assert.True(IntakeChat.Catalog.Texts.Contains(language, "question.field." + field), $"{language}: question.field.{field}");
                Assert.True(IntakeChat.Catalog.Texts.Contains(language, "field." + field), $"{language}: field.{field}");
            }

            foreach (var kind in new[] { "klacht", "bezwaar", "signaal", "compliment", "idee" })
            {
                Assert.True(IntakeChat.Catalog.Texts.Contains(language, "choice.kind." + kind), $"{language}: choice.kind.{kind}");
                Assert.True(IntakeChat.Catalog.Texts.Contains(language, "question.kind.check_" + kind), $"{language}: question.kind.check_{kind}");
                Assert.True(IntakeChat.Catalog.Texts.Contains(language, "kind." + kind + ".explain"), $"{language}: kind.{kind}.explain");
            }
        }
    }

    [Fact]
    public void The_code_holds_no_dutch_sentences()
    {
        // A crude but effective net: common Dutch words inside string literals.
        var offenders = Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => StringLiteral().Matches(Code(f)).Select(m => (File: Path.GetFileName(f), Text: m.Groups[1].Value)))
            .Where(l => DutchWord().IsMatch(l.Text))
            .Select(l => $"{l.File}: \"{l.Text}\"")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    /// <summary>The file without its comments (documentation may quote Dutch).</summary>
    private static string Code(string file) =>
        string.Join('\n', File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Select(l => l.Contains(" // ", StringComparison.Ordinal) ? l[..l.IndexOf(" // ", StringComparison.Ordinal)] : l));

    [GeneratedRegex("\"((?:question|choice|field|kind|story|summary|next|notice|deadline|help|retry|resume|stop|withdraw|welcome|organisation|crisis|value|bezwaar|faq|finished)\\.[a-z_.A-Z]+)\"")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex("\"([^\"\\n]{3,})\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("\\b(je|jij|uw|het|een|niet|wat|wil|klaar|melding|bedankt|ouder|jongere|moeder|klopt|nederlands|engels)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex DutchWord();
}
