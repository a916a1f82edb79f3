using IntakeBot.Intake.Cases;
using IntakeBot.Storage.ApiKeys;
using Microsoft.AspNetCore.Authentication;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>
/// The staff JSON API (issue 5 item 10) for the staff area and integrations, authenticated with API keys made by
/// <c>admin create-api-key</c>. A key reads only its own organisation's cases.
/// </summary>
public static class StaffApi
{
    private const string Policy = "StaffApiKey";

    /// <summary>Registers API key authentication and the policy. Needs <see cref="IApiKeyStore"/> and <see cref="ICaseStore"/> in DI.</summary>
    public static IServiceCollection AddStaffApi(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthentication.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyAuthentication.OrganisationClaim));
        return services;
    }

    /// <summary>Maps <c>GET /api/staff/cases/{reference}</c> and <c>GET /api/staff/cases?conversationId=...</c>.</summary>
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff")
            .RequireAuthorization(Policy)
            .AddEndpointFilter<StaffApiErrorFilter>();
        group.MapGet("/cases/{reference}", StaffCaseEndpoints.GetByReferenceAsync);
        group.MapGet("/cases", StaffCaseEndpoints.FindByConversationAsync);
        return app;
    }
}
