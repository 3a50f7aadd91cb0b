using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>
/// The ORUK endpoints serialise in snake_case (their own serializer options), so their shapes'
/// (Contracts.Http.Directory.Oruk) schemas in the OpenAPI document are renamed to match what goes over the wire.
/// </summary>
public sealed class OrukSchemaNames : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type.Namespace == typeof(OrukService).Namespace && schema.Properties is { Count: > 0 } properties)
        {
            schema.Properties = properties.ToDictionary(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Key), p => p.Value);
            if (schema.Required is { Count: > 0 } required)
            {
                schema.Required = required.Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToHashSet();
            }
        }
        return Task.CompletedTask;
    }
}
