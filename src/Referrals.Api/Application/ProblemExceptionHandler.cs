using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Turns refusals into problem details naming the field at fault: broken input → 400, a move the
/// lifecycle forbids → 409, someone else's write in between → 409, plus <see cref="ProblemException"/>'s own status.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <summary>The lifecycles name this field when a status change is not allowed from where the record is.</summary>
    private const string StatusField = "status";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainValidationException invalid => Problem(StatusCodes.Status400BadRequest, "The request has invalid fields.", invalid.Message, invalid.Errors),
            DomainException { Field: StatusField } refused => Problem(StatusCodes.Status409Conflict, "The change is not allowed now.", refused.Message, FieldError(StatusField, refused.Message)),
            DomainException invalid => Problem(StatusCodes.Status400BadRequest, "The request has an invalid field.", invalid.Message, FieldError(invalid.Field ?? "request", invalid.Message)),
            ProblemException refused => Problem(refused.Status, refused.Title, refused.Message, refused.Field is null ? null : FieldError(refused.Field, refused.Message)),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Changed by someone else.",
                "The record was changed by someone else while this change was being made; read it again and retry.", null),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

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
