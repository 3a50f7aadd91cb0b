namespace SocialPrescribing.CommunityDirectory.Application;

public enum CommandOutcome
{
    Done,
    Created,
    Invalid,
    NotFound,
    Forbidden,
    /// <summary>The caller's If-Match names a version that is no longer current.</summary>
    PreconditionFailed,
    /// <summary>An update came without If-Match, so it could overwrite an edit the caller never saw.</summary>
    PreconditionRequired,
    Conflict,
}

/// <summary>What a command did, for the API to turn into a status code and the seeder to check.</summary>
public sealed record CommandResult<T>(CommandOutcome Outcome, T? Value = default, IDictionary<string, string[]>? Errors = null)
    where T : class
{
    public bool Succeeded => Outcome is CommandOutcome.Done or CommandOutcome.Created;

    public static CommandResult<T> Done(T value) => new(CommandOutcome.Done, value);
    public static CommandResult<T> Created(T value) => new(CommandOutcome.Created, value);
    public static CommandResult<T> Invalid(ValidationErrors errors) => new(CommandOutcome.Invalid, Errors: errors.ToDictionary());
    public static CommandResult<T> Conflict(string field, string message) =>
        new(CommandOutcome.Conflict, Errors: new Dictionary<string, string[]> { [field] = [message] });
    public static CommandResult<T> Failed(CommandOutcome outcome) => new(outcome);
}
