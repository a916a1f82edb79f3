using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntakeBot.Understanding.Classification;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// The <c>classify</c> subcommand: reads JSON lines <c>{"id":1,"text":"..."}</c> and writes one JSON line
/// per input, flushed: <c>{"id":1,"label":"klacht","confidence":0.93,"unsure":false,
/// "alternatives":[{"label":"signaal","confidence":0.05}],"crisis":false,"cues":["..."]}</c>.
/// A malformed line gets <c>{"id":..,"error":"..."}</c> and processing continues. Blank lines are skipped.
/// </summary>
public static class ClassifyCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Processes <paramref name="input"/> until it ends. Returns the exit code (0).</summary>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, MessageClassifier classifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(classifier);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(Handle(line, classifier)).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Classifies one input line and returns the output line.</summary>
    internal static string Handle(string line, MessageClassifier classifier)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return Error(null, $"invalid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, "expected a JSON object like {\"id\":1,\"text\":\"...\"}");
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Error(id, "'text' is missing or not a string");
            }

            try
            {
                return Result(id, classifier.Classify(textElement.GetString()));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Lone surrogates cannot be written as JSON; report instead of stopping the stream.
                return Error(id, $"could not classify: {e.Message}");
            }
        }
    }

    private static string Result(JsonElement? id, ClassificationResult result) => Write(json =>
    {
        WriteId(json, id);
        json.WriteString("label", result.Label);
        json.WriteNumber("confidence", result.Confidence);
        json.WriteBoolean("unsure", result.Unsure);
        json.WriteStartArray("alternatives");
        foreach (var alternative in result.Alternatives)
        {
            json.WriteStartObject();
            json.WriteString("label", alternative.Label);
            json.WriteNumber("confidence", alternative.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("crisis", result.Crisis);
        json.WriteStartArray("cues");
        foreach (var cue in result.Cues)
        {
            json.WriteStringValue(cue);
        }

        json.WriteEndArray();
    });

    private static string Error(JsonElement? id, string message) => Write(json =>
    {
        WriteId(json, id);
        json.WriteString("error", message);
    });

    private static void WriteId(Utf8JsonWriter json, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
