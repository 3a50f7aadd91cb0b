namespace SocialPrescribing.CommunityDirectory.Application;

public enum CommandOutcome
{
    Done,
    Created,
    Invalid,
    Conflict,
}

/// <summary>
/// What a command did, for the API to answer and the seeder to check. Refusals that are not about the
/// request's content (not found, not yours, a stale or missing If-Match) are thrown as <see cref="ProblemException"/>.
/// </summary>
public sealed record CommandResult<T>(CommandOutcome Outcome, T? Value = default, IReadOnlyDictionary<string, string[]>? Errors = null)
    where T : class
{
    public bool Succeeded => Outcome is CommandOutcome.Done or CommandOutcome.Created;

    public static CommandResult<T> Done(T value) => new(CommandOutcome.Done, value);
    public static CommandResult<T> Created(T value) => new(CommandOutcome.Created, value);
    public static CommandResult<T> Invalid(FieldErrors errors) => new(CommandOutcome.Invalid, Errors: errors.ToDictionary());
    public static CommandResult<T> Conflict(string field, string message) =>
        new(CommandOutcome.Conflict, Errors: new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The value, or the refusal thrown for the shared problem-details handler to answer.</summary>
    public T ValueOrThrow() => Outcome switch
    {
        CommandOutcome.Invalid => throw new FieldErrorsException(Errors!),
        CommandOutcome.Conflict => throw ProblemException.Conflict(Errors!.Single().Value[0], Errors!.Single().Key),
        _ => Value!,
    };
}
