namespace SocialPrescribing.Volunteering.Domain.Validation;

/// <summary>Input broke a rule on named fields; the API answers 400 with these errors.</summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        "Invalid input: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
