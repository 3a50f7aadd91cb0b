using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SocialPrescribing.Edge;

/// <summary>
/// A request the endpoint could not bind (broken JSON, a value of the wrong type, an edge rule broken,
/// a missing body, the wrong content type, a query value that does not parse) becomes a problem
/// naming the field: by JSON path for JSON that does not read, by name otherwise. Nothing has been written.
/// </summary>
internal sealed partial class UnreadableRequestHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var bad = exception switch
        {
            BadHttpRequestException unbound => unbound,
            // A form that does not decode (a NUL, too many fields), read by a handler outside model binding (OpenIddict, Razor Pages).
            InvalidDataException form => new BadHttpRequestException(form.Message, StatusCodes.Status400BadRequest, form),
            _ => null,
        };
        if (bad is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(ErrorsOf(bad))
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
            },
            Exception = exception,
        });
    }

    private static Dictionary<string, string[]> ErrorsOf(BadHttpRequestException bad) => bad.InnerException switch
    {
        InvalidFieldsException invalid => invalid.Errors.ToDictionary(e => Under(invalid.Path, e.Key), e => e.Value),
        JsonException json => new() { [json.Path is { Length: > 0 } path ? path : "$"] = ["This is not valid JSON for this field (check the type, quotes and commas)."] },
        InvalidDataException form => new() { ["form"] = [form.Message] },
        _ when bad.StatusCode == StatusCodes.Status415UnsupportedMediaType => new() { [HeaderNames.ContentType] = [bad.Message] },
        _ => new() { [ParameterName().Match(bad.Message) is { Success: true } m ? m.Groups["name"].Value : "$"] = [bad.Message] },
    };

    /// <summary>"$.goals[0]" and "description" give "goals[0].description"; the root's own fields keep their names.</summary>
    private static string Under(string? objectPath, string field) =>
        objectPath is null or "$" || !objectPath.StartsWith("$.", StringComparison.Ordinal) ? field : $"{objectPath[2..]}.{field}";

    // Model binding names the parameter as "Type name", e.g. Failed to bind parameter "DateOnly from" from "x".
    [GeneratedRegex("parameter \"[^\"]* (?<name>[^\" ]+)\"")]
    private static partial Regex ParameterName();
}
