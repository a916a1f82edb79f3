using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>Describes the staff API in the OpenAPI document: its title and the API key every call needs.</summary>
internal sealed class StaffApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "IntakeBot staff API",
            Version = "v1",
            Description = "Cases, the case register, transcripts and timelines of one organisation, for the staff area and integrations. "
                + "Authenticate with an API key made by 'admin create-api-key': 'Authorization: ApiKey <key>' or 'X-Api-Key: <key>'.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.HeaderName,
            Description = "An API key of one organisation.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Scheme, document)] = [] });
        return Task.CompletedTask;
    }
}
