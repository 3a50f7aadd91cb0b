using Microsoft.AspNetCore.Http;

namespace SocialPrescribing.Conventions;

/// <summary>
/// A refusal that is not a domain rule: not found, another team's record, a clash with what is
/// recorded, a stale or missing If-Match. Carries its HTTP status and the field at fault, so
/// <see cref="ProblemExceptionHandler"/> turns every one into the same problem details.
/// </summary>
public sealed class ProblemException(int status, string title, string detail, string? field = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Field { get; } = field;

    public static ProblemException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found.", detail);

    public static ProblemException NotFound(string what, Guid id) => NotFound($"There is no {what} {id}.");

    public static ProblemException Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Forbidden.", detail);

    public static ProblemException Conflict(string detail, string? field = null) =>
        new(StatusCodes.Status409Conflict, "The request conflicts with what is already recorded.", detail, field);

    public static ProblemException PreconditionFailed(string detail = "It has changed since you read it: get it again, re-apply your change and send the new ETag in If-Match.") =>
        new(StatusCodes.Status412PreconditionFailed, "It has changed since you read it.", detail, ETags.IfMatchField);

    public static ProblemException PreconditionRequired() =>
        new(StatusCodes.Status428PreconditionRequired, "If-Match is required.",
            "Send the ETag you last read in If-Match, so that you cannot overwrite someone else's change unseen.", ETags.IfMatchField);
}
