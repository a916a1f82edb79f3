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
        services.AddOpenApi(options => options.AddDocumentTransformer<StaffApiDocument>());
        return services;
    }

    /// <summary>
    /// Maps <c>GET /api/staff/cases/{reference}</c>, <c>/cases?conversationId=...</c>, <c>/register</c>,
    /// <c>/cases/{reference}/transcript</c> and <c>/cases/{reference}/timeline</c>, and the OpenAPI document at
    /// <c>/openapi/v1.json</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff")
            .RequireAuthorization(Policy)
            .AddEndpointFilter<StaffApiErrorFilter>()
            .WithTags("Staff");
        group.MapGet("/cases/{reference}", StaffCaseEndpoints.GetByReferenceAsync)
            .WithSummary("A case with its fields and route.");
        group.MapGet("/cases", StaffCaseEndpoints.FindByConversationAsync)
            .WithSummary("The cases submitted in one conversation (query parameter conversationId).");
        group.MapGet("/register", StaffRegisterEndpoints.ListAsync)
            .WithSummary("The case register: one page of cases, newest first, filtered by kind, status, overdue, submission date (yyyy-MM-dd) and assignee.");
        group.MapGet("/cases/{reference}/transcript", StaffRegisterEndpoints.TranscriptAsync)
            .WithSummary("The case's conversation as readable lines; redacted=true replaces personal data.");
        group.MapGet("/cases/{reference}/timeline", StaffRegisterEndpoints.TimelineAsync)
            .WithSummary("What happened to the case, oldest first: status changes, assignment, notes, deliveries.");
        app.MapOpenApi();
        return app;
    }
}
