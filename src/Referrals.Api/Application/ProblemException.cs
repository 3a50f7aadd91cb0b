namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// A refusal that is not a domain rule: not found, another team's record, a stale version, no
/// place left. Carries its HTTP status and the field at fault, so every one becomes problem details.
/// </summary>
public sealed class ProblemException(int status, string title, string detail, string? field = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Field { get; } = field;

    public static ProblemException NotFound(string what, Guid id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no {what} {id}.");

    public static ProblemException Forbidden(string detail) =>
        new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static ProblemException Conflict(string detail, string? field = null) =>
        new(StatusCodes.Status409Conflict, "Conflict", detail, field);
}
