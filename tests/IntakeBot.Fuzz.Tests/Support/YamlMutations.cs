using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>
/// Mutations of a content YAML file: lines deleted, duplicated or re-indented, values swapped for other types, huge
/// values, deep nesting, alias bombs ("billion laughs") and stray control characters.
/// </summary>
internal static class YamlMutations
{
    private static readonly string[] Values =
    [
        "[1, 2]", "{a: 1}", "12345678901234567890", "true", "null", "~", "\"\"", "-1", "0", "3.5", "\"\\u0000\"", "'\u202Eabc'", "😀", "*undefined",
        "&anchor x", "!!binary AAAA", "!!int x", "[", "{", "'", "\"", "|", ">", "- a", "? x", "%YAML 1.1", "--- x", "... x", "\t", "@", "`",
    ];

    /// <summary>A YAML value nested <paramref name="depth"/> levels deep in flow style.</summary>
    public static string DeepFlow(int depth) => HostileInputs.Nested("[", depth);

    /// <summary>A YAML value nested <paramref name="depth"/> levels deep in block style (indentation).</summary>
    public static string DeepBlock(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(' ', i).Append("k:\n");
        }

        return builder.Append(' ', depth).Append("v: 1\n").ToString();
    }

    /// <summary>Nine levels of ten aliases each: 10^9 nodes when expanded.</summary>
    public static string BillionLaughs(string prefix)
    {
        var builder = new StringBuilder();
        builder.Append(prefix).Append("0: &").Append(prefix).Append("0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var alias = $"*{prefix}{level - 1}";
            builder.Append(prefix).Append(level).Append(": &").Append(prefix).Append(level).Append(" [")
                .AppendJoin(", ", Enumerable.Repeat(alias, 10)).Append("]\n");
        }

        return builder.ToString();
    }

    /// <summary>One mutation of <paramref name="yaml"/>, chosen by <paramref name="kind"/> at a spot chosen by <paramref name="position"/>.</summary>
    public static string Apply(string yaml, int kind, int position, int pick)
    {
        var lines = yaml.Split('\n').ToList();
        var at = lines.Count == 0 ? 0 : position % lines.Count;
        switch (kind % 10)
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[at]);
                break;
            case 2:
                lines[at] = SwapValue(lines[at], Values[pick % Values.Length]);
                break;
            case 3:
                lines[at] = (pick % 2 == 0 ? "  " : string.Empty) + lines[at].TrimStart();
                break;
            case 4:
                lines[at] = SwapValue(lines[at], "\"" + new string('x', 1_000_000) + "\"");
                break;
            case 5:
                lines.Insert(0, "deep: " + DeepFlow(1 + (pick % HostileInputs.DeepNesting)));
                break;
            case 6:
                lines.Insert(0, BillionLaughs("lol"));
                break;
            case 7:
                lines[at] = lines[at].Insert(lines[at].Length / 2, ((char)(pick % 32)).ToString());
                break;
            case 8:
                lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + (pick % 20)));
                break;
            default:
                lines.Insert(0, DeepBlock(1 + (pick % 300)));
                break;
        }

        return string.Join('\n', lines);
    }

    /// <summary>(file, kind, position, pick) tuples: which file and how to mutate it.</summary>
    public static Gen<(int File, int Kind, int Position, int Pick)> Choices { get; } =
        from file in Gen.Choose(0, 10_000)
        from kind in Gen.Choose(0, 9)
        from position in Gen.Choose(0, 100_000)
        from pick in Gen.Choose(0, 100_000)
        select (file, kind, position, pick);

    private static string SwapValue(string line, string value)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line + " " + value : line[..(colon + 2)] + value;
    }
}
