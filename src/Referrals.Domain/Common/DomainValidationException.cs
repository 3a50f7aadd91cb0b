namespace SocialPrescribing.Referrals.Domain.Common;

/// <summary>
/// Several inputs were wrong at once. Reported together so a form can show every mistake in
/// one go; the shape (field → messages) is the one ASP.NET Core's ValidationProblem takes.
/// </summary>
public sealed class DomainValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException(Describe(errors), errors.Count == 1 ? errors.Keys.Single() : null)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        string.Join(" ", errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")));
}
