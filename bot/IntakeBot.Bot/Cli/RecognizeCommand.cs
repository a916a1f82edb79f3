using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntakeBot.Recognizers;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// The <c>recognize</c> subcommand: reads JSON lines such as
/// <c>{"id":17,"kind":"phonenumber","culture":"nl-NL","text":"...","reference":"2026-11-22T10:00:00","options":[]}</c>
/// and writes, per line and flushed at once, <c>{"id":17,"entities":[{"text":..,"start":..,"end":..,"type":..,"resolution":{..}}]}</c>
/// (<c>end</c> inclusive). A kind it cannot serve, a malformed line or a failing recognizer gives
/// <c>{"id":17,"error":"..."}</c> (id <c>null</c> when unreadable) and processing continues. Blank lines are skipped.
/// </summary>
public static class RecognizeCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs with the given <paramref name="registry"/> (for example extended with datetime and number kinds).</summary>
    /// <returns>0 when the input ends; 130 when cancelled.</returns>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TimeProvider time, RecognizerRegistry registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(registry);
        try
        {
            while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                await output.WriteLineAsync(Process(line, time, registry).AsMemory(), cancellationToken).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 130;
        }
    }

    /// <summary>One input line to one output line; never throws.</summary>
    internal static string Process(string line, TimeProvider time, RecognizerRegistry registry)
    {
        JsonElement? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, "each line must be a JSON object");
            }

            id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String
                ? idElement.Clone()
                : null;
            if (!RequestParser.TryParse(root, time, out var request, out var problem))
            {
                return Error(id, problem);
            }

            if (!registry.TryGet(request.Kind, out var handler))
            {
                return Error(id, $"unsupported kind '{request.Kind}'; supported: {string.Join(", ", registry.Kinds)}");
            }

            return Entities(id, handler(request));
        }
        catch (JsonException exception)
        {
            return Error(null, $"malformed JSON: {exception.Message}");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Error(id, $"recognition failed: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static string Entities(JsonElement? id, IReadOnlyList<ModelResult> results) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteStartArray("entities");
        foreach (var result in results)
        {
            writer.WriteStartObject();
            writer.WriteString("text", result.Text);
            writer.WriteNumber("start", result.Start);
            writer.WriteNumber("end", result.End);
            writer.WriteString("type", result.TypeName);
            writer.WritePropertyName("resolution");
            ResolutionWriter.WriteValue(writer, result.Resolution);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private static string Error(JsonElement? id, string message) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteString("error", message);
    });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
