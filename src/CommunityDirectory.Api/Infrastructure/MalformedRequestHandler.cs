using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace SocialPrescribing.CommunityDirectory.Infrastructure;

/// <summary>
/// Malformed JSON, or a value of the wrong type, becomes a 400 problem naming the field by its
/// JSON path ("$.schedules[0].opensAt"), like every other validation error; nothing has been written.
/// </summary>
public sealed class MalformedRequestHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        var json = badRequest.InnerException as JsonException;
        var field = json?.Path is { Length: > 0 } path ? path : "$";
        var message = json is null
            ? badRequest.Message
            : "This is not valid JSON for this field (check the type, quotes and commas).";
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = badRequest.StatusCode,
                Title = "The request body could not be read.",
            },
        });
    }
}
