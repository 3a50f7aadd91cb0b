namespace SocialPrescribing.Referrals.Domain.Common;

internal static class Text
{
    /// <summary>The trimmed text, or an error naming the field when it is missing.</summary>
    public static string Required(string? value, string field, string what) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainException($"{what} is required.", field)
            : value.Trim();

    /// <summary>The trimmed text, or null when nothing was given.</summary>
    public static string? Optional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
