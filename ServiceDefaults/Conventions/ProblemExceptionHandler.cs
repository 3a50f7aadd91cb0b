using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.DomainErrors;

namespace SocialPrescribing.Conventions;

/// <summary>
/// Every service's one mapping from refusals to RFC 9457 problem details naming the field at fault:
/// broken input → 400 with every field's errors; a move the record's state forbids → 409; a
/// <see cref="ProblemException"/> → its own status; someone else's write in between → 412.
/// Each is thrown before anything is saved, so nothing is half-written.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            FieldErrorsException invalid => Problem(StatusCodes.Status400BadRequest, "The request has invalid fields.", invalid.Message, invalid.Errors),
            DomainException { IsStateConflict: true } refused => Problem(StatusCodes.Status409Conflict, "The change is not allowed now.", refused.Message, FieldError(refused.Field!, refused.Message)),
            DomainException invalid => Problem(StatusCodes.Status400BadRequest, "The request has an invalid field.", invalid.Message, FieldError(invalid.Field ?? "request", invalid.Message)),
            ProblemException refused => Problem(refused),
            DbUpdateConcurrencyException => Problem(ProblemException.PreconditionFailed(
                "It was changed by someone else while this change was being made: get it again and retry.")),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(ProblemException refused) =>
        Problem(refused.Status, refused.Title, refused.Message, refused.Field is null ? null : FieldError(refused.Field, refused.Message));

    private static Dictionary<string, string[]> FieldError(string field, string message) => new() { [field] = [message] };

    private static ProblemDetails Problem(int status, string title, string detail, IReadOnlyDictionary<string, string[]>? errors)
    {
        var problem = errors is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value));
        (problem.Status, problem.Title, problem.Detail) = (status, title, detail);
        return problem;
    }
}
