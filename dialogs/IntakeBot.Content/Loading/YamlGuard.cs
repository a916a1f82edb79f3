using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IntakeBot.Content.Loading;

/// <summary>
/// Reads a YAML file's events once, without building anything, and refuses what would make building it blow up:
/// nesting deeper than <see cref="MaxDepth"/> (the converters recurse) and more than <see cref="MaxNodes"/> nodes once
/// aliases are expanded (a "billion laughs" alias bomb expands ten aliases of ten aliases ... to 10^9 nodes).
/// </summary>
internal static class YamlGuard
{
    /// <summary>Far deeper than any content file (they nest about 8 levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Far more than all content together (about 20,000 nodes).</summary>
    public const long MaxNodes = 1_000_000;

    /// <summary>Null when the YAML may be built; otherwise why not.</summary>
    /// <exception cref="YamlException">The YAML is malformed.</exception>
    public static string? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Start)>();
        long nodes = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case NodeEvent node and (MappingStart or SequenceStart):
                    nodes++;
                    open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, nodes));
                    if (open.Count > MaxDepth)
                    {
                        return $"YAML error at line {node.Start.Line}: nested more than {MaxDepth} levels deep";
                    }

                    break;
                case MappingEnd or SequenceEnd when open.Count > 0:
                    var (anchor, start) = open.Pop();
                    if (anchor is not null)
                    {
                        sizes[anchor] = nodes - start + 1;
                    }

                    break;
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        sizes[scalar.Anchor.Value] = 1;
                    }

                    break;
                case AnchorAlias alias:
                    nodes += sizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
            }

            if (nodes > MaxNodes)
            {
                return $"YAML error: more than {MaxNodes} values once aliases are expanded (an alias bomb?)";
            }
        }

        return null;
    }
}
