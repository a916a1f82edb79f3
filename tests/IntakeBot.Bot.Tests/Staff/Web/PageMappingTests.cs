using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>
/// The staff area is the one owner of Razor Pages: the staff, privacy, audit, report and letter pages come from one
/// endpoint source, each route once, and every page but sign-in needs a policy.
/// </summary>
public sealed class PageMappingTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    private static readonly string[] Anonymous = ["staff/signin", "staff/signin/code"];

    // One page of each area: staff, delivery (letter), privacy (case privacy, audit) and reports.
    private static readonly string[] Expected =
        ["staff/signin", "staff/cases/{reference}", "staff/cases/{reference}/letter", "staff/cases/{reference}/privacy", "staff/audit", "staff/reports", "staff/users"];

    [Fact]
    public void EveryPageRoute_IsMappedOnce_FromOneEndpointSource()
    {
        var composite = Assert.IsType<CompositeEndpointDataSource>(factory.Services.GetRequiredService<EndpointDataSource>());

        var sources = composite.DataSources.Where(source => source.Endpoints.Any(IsPage)).ToList();
        var routes = PageEndpoints().Select(endpoint => endpoint.RoutePattern.RawText ?? "").ToList();

        Assert.Single(sources);
        Assert.Empty(routes.GroupBy(route => route, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key));
        Assert.All(Expected, route => Assert.Contains(route, routes, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryPageButSignIn_NeedsAPolicy()
    {
        foreach (var endpoint in PageEndpoints())
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).ToList();

            Assert.True(anonymous == Anonymous.Contains(route, StringComparer.OrdinalIgnoreCase), $"{route}: anonymous = {anonymous}");
            Assert.True(anonymous || policies.Any(policy => !string.IsNullOrEmpty(policy)), $"{route} has no policy");
        }
    }

    private IEnumerable<RouteEndpoint> PageEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(IsPage);

    private static bool IsPage(Endpoint endpoint) => endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
}
