using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using IntakeBot.Understanding.Signals;

namespace IntakeBot.Understanding.Analytics;

/// <summary>
/// Azure AI Language backend: <c>POST {endpoint}/language/:analyze-text?api-version=2023-04-01</c> with
/// kinds LanguageDetection, SentimentAnalysis and PiiEntityRecognition, one document per call, through
/// an Azure.Core pipeline that retries 408, 429 (honouring Retry-After) and 5xx.
/// </summary>
public sealed class AzureLanguageTextAnalytics : ITextAnalytics
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _uri;

    /// <summary>Creates the client. Pass <paramref name="httpClient"/> to control the transport (tests, proxies).</summary>
    public AzureLanguageTextAnalytics(AzureLanguageOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new AzureLanguageClientOptions(options);
        if (httpClient is not null)
        {
            clientOptions.Transport = new HttpClientTransport(httpClient);
        }

        _pipeline = HttpPipelineBuilder.Build(
            clientOptions,
            new SubscriptionKeyPolicy(options.ApiKey));
        _uri = new Uri($"{options.Endpoint.AbsoluteUri.TrimEnd('/')}/language/:analyze-text?api-version={Uri.EscapeDataString(options.ApiVersion)}");
    }

    /// <inheritdoc />
    public async Task<LanguageSignal> DetectLanguageAsync(string text, CancellationToken cancellationToken = default)
    {
        using var document = await AnalyzeAsync("LanguageDetection", text, null, cancellationToken).ConfigureAwait(false);
        var detected = document.RootElement.GetProperty("detectedLanguage");
        var code = detected.GetProperty("iso6391Name").GetString();
        var confidence = detected.GetProperty("confidenceScore").GetDouble();
        return code is LanguageSignal.Dutch or LanguageSignal.English
            ? new LanguageSignal(code, confidence)
            : new LanguageSignal(LanguageSignal.Other, confidence);
    }

    /// <inheritdoc />
    public async Task<SentimentSignal> AnalyzeSentimentAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        using var document = await AnalyzeAsync("SentimentAnalysis", text, language, cancellationToken).ConfigureAwait(false);
        var scores = document.RootElement.GetProperty("confidenceScores");
        var score = Math.Round(scores.GetProperty("positive").GetDouble() - scores.GetProperty("negative").GetDouble(), 3);
        return new SentimentSignal(score, SentimentSignal.LabelFor(score));
    }

    /// <inheritdoc />
    public async Task<PiiResult> RecognizePiiAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        using var document = await AnalyzeAsync("PiiEntityRecognition", text, language, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        var entities = root.GetProperty("entities").EnumerateArray()
            .Select(e => new PiiEntity(
                e.GetProperty("text").GetString() ?? "",
                e.GetProperty("category").GetString() ?? "",
                e.GetProperty("offset").GetInt32(),
                e.GetProperty("length").GetInt32(),
                e.GetProperty("confidenceScore").GetDouble()))
            .ToList();
        var redacted = root.TryGetProperty("redactedText", out var r) ? r.GetString() ?? text : text;
        return new PiiResult(entities, redacted, true);
    }

    /// <summary>Sends one document and returns its result element (as its own document), or throws for errors.</summary>
    private async Task<JsonDocument> AnalyzeAsync(string kind, string text, string? language, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_uri);
        request.Headers.Add("Content-Type", "application/json");
        request.Headers.Add("Accept", "application/json");
        request.Content = RequestContent.Create(AnalyzeTextRequest.Build(kind, text ?? "", language));
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError)
        {
            throw new TextAnalyticsException($"Azure AI Language answered {response.Status} for {kind}.", response.Status);
        }

        using var body = JsonDocument.Parse(response.Content.ToMemory());
        var results = body.RootElement.GetProperty("results");
        if (results.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var error = errors[0].GetProperty("error");
            throw new TextAnalyticsException(
                $"Azure AI Language rejected the document: {error.GetProperty("code").GetString()} {error.GetProperty("message").GetString()}");
        }

        var documents = results.GetProperty("documents");
        if (documents.GetArrayLength() == 0)
        {
            throw new TextAnalyticsException($"Azure AI Language returned no result for {kind}.");
        }

        return JsonDocument.Parse(documents[0].GetRawText());
    }
}
