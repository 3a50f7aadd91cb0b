namespace SocialPrescribing.CommunityDirectory.Apis;

/// <summary>One mapping from command outcomes to HTTP, so every endpoint answers the same way.</summary>
public static class CommandHttpResults
{
    public static IResult ToHttpResult<T>(this CommandResult<T> result, HttpContext http, Func<T, object> body, Func<T, uint> version, Func<T, string> location)
        where T : class
    {
        switch (result.Outcome)
        {
            case CommandOutcome.Done:
                ETags.Set(http.Response, version(result.Value!));
                return TypedResults.Ok(body(result.Value!));
            case CommandOutcome.Created:
                ETags.Set(http.Response, version(result.Value!));
                return TypedResults.Created(location(result.Value!), body(result.Value!));
            case CommandOutcome.Invalid:
                return TypedResults.ValidationProblem(result.Errors!, title: "The request has errors; each is listed under the field it concerns.");
            case CommandOutcome.Conflict:
                return TypedResults.Problem(new HttpValidationProblemDetails(result.Errors!)
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "The request conflicts with what is already recorded.",
                });
            default:
                return Problem(result.Outcome);
        }
    }

    public static IResult Problem(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found."),
        CommandOutcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
            title: "Forbidden.", detail: "This belongs to another organisation; you can change only your own organisation's listings."),
        CommandOutcome.PreconditionFailed => TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
            title: "It has changed since you read it.", detail: "Get it again, re-apply your change and send it with the new ETag in If-Match."),
        CommandOutcome.PreconditionRequired => TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired,
            title: "If-Match is required.", detail: "Send the ETag you last read in If-Match, so that you cannot overwrite someone else's change unseen."),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a failure outcome."),
    };
}
