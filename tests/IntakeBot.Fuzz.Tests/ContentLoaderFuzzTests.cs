using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Content.Loading;
using IntakeBot.Fuzz.Tests.Support;
using IntakeBot.Testing;

namespace IntakeBot.Fuzz.Tests;

/// <summary>
/// Mutated copies of content/ (deletions, duplications, type swaps, huge values, deep nesting, alias bombs): the
/// loader answers with a <see cref="ContentValidationException"/> listing problems, or loads; it never throws anything
/// else and never hangs.
/// </summary>
public sealed class ContentLoaderFuzzTests : IDisposable
{
    // Far above a normal load (well under a second) and far below a hang on a billion aliases.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    private readonly string _root = Directory.CreateTempSubdirectory("intakebot-content-fuzz-").FullName;
    private readonly string[] _files;

    public ContentLoaderFuzzTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        _files = [.. Directory.GetFiles(_root, "*.yaml", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}understanding{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}staff{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void AnyMutation_GivesValidationErrorsOrAContent_NeverAnotherException_NeverAHang() =>
        Prop.ForAll(YamlMutations.Choices.ToArbitrary(), choice =>
        {
            var file = _files[choice.File % _files.Length];
            var original = File.ReadAllText(file);
            try
            {
                File.WriteAllText(file, YamlMutations.Apply(original, choice.Kind, choice.Position, choice.Pick));
                LoadOrProblems($"{Path.GetRelativePath(_root, file)} {choice}");
            }
            finally
            {
                File.WriteAllText(file, original);
            }
        }).Check(FuzzRuns.Cases(60, 2_000));

    public static TheoryData<string> Bombs() => new()
    {
        YamlMutations.BillionLaughs("lol"),
        "deep: " + YamlMutations.DeepFlow(HostileInputs.DeepNesting) + "\n",
        "deep: " + HostileInputs.Nested("{a: ", HostileInputs.DeepNesting) + "\n",
        YamlMutations.DeepBlock(2_000),
        "huge: \"" + new string('x', 5_000_000) + "\"\n",
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Bombs_InEveryKindOfFile_AreValidationErrors(string bomb)
    {
        foreach (var file in new[] { "contacts.yaml", "organisations/kracht-den-haag.yaml", "texts/nl.yaml" }.Select(relative => Path.Combine(_root, relative)))
        {
            var original = File.ReadAllText(file);
            try
            {
                File.WriteAllText(file, bomb + original);
                var problems = LoadOrProblems(file);
                Assert.NotEmpty(problems);
            }
            finally
            {
                File.WriteAllText(file, original);
            }
        }
    }

    private IReadOnlyList<ContentProblem> LoadOrProblems(string what)
    {
        var load = Task.Run(() =>
        {
            try
            {
                ContentLoader.Load(_root);
                return (IReadOnlyList<ContentProblem>)[];
            }
            catch (ContentValidationException invalid)
            {
                Assert.NotEmpty(invalid.Problems);
                return invalid.Problems;
            }
        });
        Assert.True(load.Wait(Hang), $"the loader did not finish within {Hang} on {what}");
        return load.Result;
    }
}
