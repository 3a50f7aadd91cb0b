using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SocialPrescribing.Conventions;

namespace SocialPrescribing.OpenApi;

/// <summary>
/// Lists on every operation the RFC 9457 problems it can answer with, so a client (and the fuzz
/// suite) sees them: 400 with field errors always (the shared edge checks every query, route value
/// and body), 401 and 403 when the endpoint needs a token, 404 when the route names a record, 409
/// for a change that can conflict with what is recorded, and for a change of a versioned record
/// (<see cref="VersionedChange"/>) the If-Match header it requires with its 412 and 428. Responses the endpoint
/// lists itself are kept.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorised = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var namesRecord = context.Description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path);
        var changes = context.Description.HttpMethod is not ("GET" or "HEAD");

        var validation = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), cancellationToken: cancellationToken);
        var problem = await context.GetOrCreateSchemaAsync(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), cancellationToken: cancellationToken);
        operation.Responses ??= [];
        Add(operation, StatusCodes.Status400BadRequest, "The request has invalid fields; each is named under errors.", validation);
        if (authorised)
        {
            Add(operation, StatusCodes.Status401Unauthorized, "No valid access token.", null);
            Add(operation, StatusCodes.Status403Forbidden, "The caller's role, scope, team or organisation does not allow this.", problem);
        }
        if (namesRecord)
        {
            Add(operation, StatusCodes.Status404NotFound, "No such record.", problem);
        }
        if (changes)
        {
            Add(operation, StatusCodes.Status409Conflict, "The change conflicts with what is recorded now.", problem);
        }
        if (metadata.OfType<VersionedChange>().Any())
        {
            RequireIfMatch(operation);
            Add(operation, StatusCodes.Status412PreconditionFailed, "The record has changed since the version named in If-Match was read; nothing was written.", validation);
            Add(operation, StatusCodes.Status428PreconditionRequired, "If-Match is required: send the ETag of the version read.", validation);
        }
    }

    private static void RequireIfMatch(OpenApiOperation operation)
    {
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, ETags.IfMatchField, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ETags.IfMatchField,
            In = ParameterLocation.Header,
            Required = true,
            Description = "The ETag of the version read, or * for whatever version is current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    private static void Add(OpenApiOperation operation, int status, string description, OpenApiSchema? schema)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }
        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = schema is null ? null : new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
        };
    }
}
