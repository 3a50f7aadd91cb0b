using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace SocialPrescribing.Referrals.Fhir;

/// <summary>Reads and writes FHIR R4 JSON (<c>application/fhir+json</c>) with the Firely SDK's strict parser.</summary>
public static class FhirJson
{
    public const string ContentType = "application/fhir+json";

    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    /// <summary>Parses the body as <typeparamref name="T"/>, or refuses it naming every parse error (415 for a wrong media type).</summary>
    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : Resource
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, ContentType, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new FhirProblemException(StatusCodes.Status415UnsupportedMediaType, "Bundle",
                $"Send the bundle as {ContentType}, not {(string.IsNullOrEmpty(mediaType) ? "without a content type" : mediaType)}.",
                OperationOutcome.IssueType.NotSupported);
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            if (Deserializer.TryDeserializeResource(body, out var resource, out var issues) && resource is T typed)
            {
                return typed;
            }
            var problems = issues.Select(e => new FhirIssue(ExpressionOf(e), e.Message, OperationOutcome.IssueType.Structure)).ToList();
            if (resource is not null and not T)
            {
                problems.Add(new FhirIssue(resource.TypeName, $"Expected a {typeof(T).Name}, not a {resource.TypeName}.", OperationOutcome.IssueType.Structure));
            }
            throw new FhirProblemException(StatusCodes.Status400BadRequest, problems.Count > 0 ? problems : [new FhirIssue(typeof(T).Name, "The body is not a FHIR resource.", OperationOutcome.IssueType.Structure)]);
        }
        catch (JsonException e)
        {
            throw new FhirProblemException(StatusCodes.Status400BadRequest, typeof(T).Name, $"The body is not well-formed JSON: {e.Message}", OperationOutcome.IssueType.Structure);
        }
    }

    /// <summary>Writes the resource as FHIR JSON with the status (and Location, when given).</summary>
    public static IResult Result(Resource resource, int status = StatusCodes.Status200OK, string? location = null) =>
        new FhirResult(resource, status, location);

    private static string ExpressionOf(Exception error) =>
        error is ExtendedCodedException { InstancePath: { Length: > 0 } path } ? path : "Bundle";

    private sealed class FhirResult(Resource resource, int status, string? location) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = ContentType;
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }
            await httpContext.Response.WriteAsync(resource.ToJson(), httpContext.RequestAborted);
        }
    }
}
