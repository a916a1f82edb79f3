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
        foreach (var feature in features)
        {
            var row = weights.AsSpan(feature * LabelCount, LabelCount);
            for (var l = 0; l < row.Length; l++)
            {
                scores[l] += row[l] * scale;
            }
        }
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
