using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IntakeBot.Understanding.Classification;

/// <summary>
/// Multinomial logistic regression over hashed features. Weights are laid out bucket-major so one
/// feature touches one cache line for all labels. Immutable after training, so it is thread-safe.
/// </summary>
internal sealed class LinearModel(int labelCount, float[] weights, float[] bias)
{
    public int LabelCount { get; } = labelCount;

    /// <summary>Writes the raw score (logit) of every label into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        bias.CopyTo(scores);
        if (features.IsEmpty)
        {
            return;
        }

        var scale = 1f / MathF.Sqrt(features.Length);
        if (LabelCount == Vector256<float>.Count && Vector256.IsHardwareAccelerated)
        {
            ScoreEightLabels(features, scores, scale);
            return;
        }

        foreach (var feature in features)
        {
            var row = weights.AsSpan(feature * LabelCount, LabelCount);
            for (var l = 0; l < row.Length; l++)
            {
                scores[l] += row[l] * scale;
            }
        }
    }

    /// <summary>The common case of eight labels: one row is one 256-bit vector.</summary>
    private void ScoreEightLabels(ReadOnlySpan<int> features, Span<float> scores, float scale)
    {
        ref var origin = ref MemoryMarshal.GetArrayDataReference(weights);
        var sum = Vector256<float>.Zero;
        foreach (var feature in features)
        {
            sum += Vector256.LoadUnsafe(ref origin, (nuint)(feature * Vector256<float>.Count));
        }

        (Vector256.Create<float>(bias) + (sum * scale)).CopyTo(scores);
    }

    /// <summary>How much a bucket favours <paramref name="label"/> over the average label.</summary>
    public float Preference(int bucket, int label)
    {
        var row = weights.AsSpan(bucket * LabelCount, LabelCount);
        var sum = 0f;
        foreach (var w in row)
        {
            sum += w;
        }

        return row[label] - (sum / LabelCount);
    }
}
