using IntakeBot.Dialogs.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads an upload: <c>multipart/form-data</c> with file parts and an optional part of type
/// <c>application/vnd.microsoft.activity</c> holding the activity, or one raw file with Content-Type and
/// Content-Disposition. Enforces the size, count and content-type limits.
/// </summary>
internal static class DirectLineUploadReader
{
    public const string ActivityContentType = "application/vnd.microsoft.activity";

    public static async Task<(Activity? Activity, IReadOnlyList<DirectLineUploadedFile>? Files, IResult? Error)> ReadAsync(
        HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxUploadBytes + 64 * 1024)
        {
            return (null, null, TooBig(options));
        }

        var (activity, files, error) = request.HasFormContentType
            ? await ReadMultipartAsync(request, options, cancellationToken).ConfigureAwait(false)
            : await ReadRawAsync(request, options, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, null, error);
        }

        if (files!.Count == 0)
        {
            return (null, null, DirectLineErrors.Missing("The upload has no file."));
        }

        if (files.Count > options.MaxUploadFiles)
        {
            return (null, null, DirectLineErrors.Bad($"At most {options.MaxUploadFiles} files per upload."));
        }

        if (files.Sum(file => (long)file.Content.Length) > options.MaxUploadBytes)
        {
            return (null, null, TooBig(options));
        }

        IEnumerable<string> allowed = options.AllowedUploadContentTypes.Count > 0 ? options.AllowedUploadContentTypes : DirectLineOptions.DefaultUploadContentTypes;
        if (files.FirstOrDefault(file => !allowed.Contains(file.ContentType, StringComparer.OrdinalIgnoreCase)) is { } refused)
        {
            return (null, null, DirectLineErrors.Result(StatusCodes.Status415UnsupportedMediaType, DirectLineErrors.BadArgument, $"Files of type '{refused.ContentType}' cannot be uploaded."));
        }

        return (activity ?? Activity.CreateMessage(), files, null);
    }

    private static async Task<(Activity?, IReadOnlyList<DirectLineUploadedFile>?, IResult?)> ReadMultipartAsync(
        HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            var limit = (long)Math.Min(options.MaxUploadBytes + 64 * 1024, int.MaxValue);
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 32 }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, null, DirectLineErrors.Bad("The upload is not valid multipart/form-data, or too large."));
        }

        Activity? activity = null;
        var files = new List<DirectLineUploadedFile>();
        foreach (var part in form.Files)
        {
            if (part.Length > options.MaxUploadBytes)
            {
                return (null, null, TooBig(options));
            }

            var content = new byte[part.Length];
            await using (var stream = part.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            }

            var type = MediaType(part.ContentType);
            if (string.Equals(type, ActivityContentType, StringComparison.OrdinalIgnoreCase))
            {
                var (parsed, error) = DirectLineRequests.ParseActivity(content);
                if (parsed is null)
                {
                    return (null, null, error);
                }

                activity = parsed;
                continue;
            }

            files.Add(new DirectLineUploadedFile(type, SafeName(part.FileName), content));
        }

        return (activity, files, null);
    }

    private static async Task<(Activity?, IReadOnlyList<DirectLineUploadedFile>?, IResult?)> ReadRawAsync(
        HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var (body, error) = await DirectLineRequests.ReadBodyAsync(request, (int)Math.Min(options.MaxUploadBytes, int.MaxValue), cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, null, error);
        }

        if (body.Length == 0)
        {
            return (null, [], null);
        }

        string? name = null;
        if (ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
        }

        return (null, [new DirectLineUploadedFile(MediaType(request.ContentType), SafeName(name), body)], null);
    }

    private static IResult TooBig(DirectLineOptions options) => DirectLineErrors.TooBig($"Uploads may be at most {options.MaxUploadBytes} bytes in all.");

    private static string MediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.HasValue ? parsed.MediaType.Value! : "application/octet-stream";

    // Only the last path segment, without control characters, so a name can never steer a path or a header.
    private static string? SafeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var last = name.Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c) && c != '"')]).Trim();
        return clean.Length == 0 ? null : clean[..Math.Min(clean.Length, 200)];
    }
}
