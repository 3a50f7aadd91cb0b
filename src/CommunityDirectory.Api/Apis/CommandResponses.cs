namespace SocialPrescribing.CommunityDirectory.Apis;

/// <summary>A command's answer: 200 or 201 with the listing and its ETag; a refusal is thrown for the shared handler.</summary>
public static class CommandResponses
{
    public static IResult ToHttpResult<T>(this CommandResult<T> result, HttpContext http, Func<T, object> body, Func<T, uint> version, Func<T, string> location)
        where T : class
    {
        var value = result.ValueOrThrow();
        http.Response.SetETag(version(value));
        return result.Outcome == CommandOutcome.Created
            ? TypedResults.Created(location(value), body(value))
            : TypedResults.Ok(body(value));
    }
}
