using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Classification;

/// <summary>
/// Trains <see cref="LinearModel"/> by stochastic gradient descent on the softmax loss. A fixed seed
/// and a fixed number of epochs make training deterministic; stopping early keeps the weights small,
/// which keeps the confidences from saturating.
/// </summary>
internal static class ModelTrainer
{
    public const int Seed = 20261122;
    private const int Epochs = 12;
    private const float LearningRate = 0.6f;
    private const float WeightDecay = 0.0005f;

    public static LinearModel Train(IReadOnlyList<(int[] Features, int Label)> examples, int labelCount)
    {
        var weights = new float[FeatureHasher.BucketCount * labelCount];
        var bias = new float[labelCount];
        var model = new LinearModel(labelCount, weights, bias);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        var scores = new float[labelCount];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + (0.3f * epoch));
            foreach (var index in order)
            {
                var (features, label) = examples[index];
                model.Score(features, scores);
                Softmax.Apply(scores);
                var scale = features.Length == 0 ? 0f : 1f / MathF.Sqrt(features.Length);
                for (var l = 0; l < labelCount; l++)
                {
                    var gradient = scores[l] - (l == label ? 1f : 0f);
                    bias[l] -= rate * gradient;
                    var step = rate * gradient * scale;
                    foreach (var feature in features)
                    {
                        ref var w = ref weights[(feature * labelCount) + l];
                        w -= step + (rate * WeightDecay * w);
                    }
                }
            }
        }

        return model;
    }
}
