namespace SocialPrescribing.DomainErrors;

/// <summary>
/// Several inputs were wrong at once. Reported together so a form can show every mistake in one go;
/// the shape (field → messages) is the one RFC 9457 validation problem details carry.
/// </summary>
public sealed class FieldErrorsException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(Describe(errors), errors.Count == 1 ? errors.Keys.Single() : null)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        string.Join(" ", errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")));
}
