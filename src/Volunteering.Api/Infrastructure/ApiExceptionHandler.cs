using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Infrastructure;

/// <summary>
/// The mapping from domain failures to RFC 9457 problem details: invalid input → 400 naming each field,
/// not allowed in this state → 409, not found → 404, another's record → 403 (a body that does not
/// bind is the shared edge's, see SocialPrescribing.Edge). Each is thrown before anything is saved, so nothing is half-written.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            DomainValidationException invalid => new HttpValidationProblemDetails(invalid.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request has errors; each is listed under the field it concerns.",
            },
            VolunteeringDomainException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The request conflicts with what is already recorded.",
                Detail = conflict.Message,
            },
            ResourceNotFoundException missing => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = missing.Message },
            AccessDeniedException denied => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden.", Detail = denied.Message },
            StaleRecordException stale => new ProblemDetails { Status = StatusCodes.Status412PreconditionFailed, Title = "Stale update.", Detail = stale.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
