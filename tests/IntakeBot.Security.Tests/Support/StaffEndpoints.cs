using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Security.Tests.Support;

/// <summary>
/// Every staff endpoint the running host serves, read from its <see cref="EndpointDataSource"/>: minimal API routes
/// with their methods, and Razor pages with each handler method (loaded through <see cref="PageLoader"/>, because
/// handlers are only known once a page is compiled). A new page, handler or API route shows up here by itself.
/// </summary>
internal static class StaffEndpoints
{
    /// <summary>The endpoints whose route starts with <c>/staff</c> or <c>/api/staff</c>.</summary>
    public static async Task<IReadOnlyList<StaffEndpoint>> AllAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var found = new List<StaffEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = Normalise(endpoint.RoutePattern.RawText ?? "");
            if (!IsStaff(pattern))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                found.AddRange(compiled.HandlerMethods.Select(h => new StaffEndpoint(h.HttpMethod.ToUpperInvariant(), pattern, h.Name?.ToLowerInvariant(), IsPage: true)));
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
            found.AddRange(methods.Select(method => new StaffEndpoint(method, pattern, null, IsPage: false)));
        }

        return [.. found.Distinct().OrderBy(e => e.ToString(), StringComparer.Ordinal)];
    }

    // Razor pages answer both /staff/users and /staff/users/index; one name is enough.
    private static string Normalise(string raw)
    {
        var pattern = "/" + raw.Trim('/').ToLowerInvariant();
        return pattern.EndsWith("/index", StringComparison.Ordinal) ? pattern[..^"/index".Length] : pattern;
    }

    private static bool IsStaff(string pattern) =>
        pattern.Equals("/staff", StringComparison.OrdinalIgnoreCase)
        || pattern.StartsWith("/staff/", StringComparison.OrdinalIgnoreCase)
        || pattern.StartsWith("/api/staff", StringComparison.OrdinalIgnoreCase);
}
