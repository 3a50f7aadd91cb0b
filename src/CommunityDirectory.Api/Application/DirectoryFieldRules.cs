using System.Net.Mail;

namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>
/// The directory's own field checks on the shared <see cref="FieldErrors"/>: each records its error under
/// the field's JSON path ("schedules[0].validTo") and returns the cleaned value.
/// </summary>
public static class DirectoryFieldRules
{
    /// <summary>Trims the text; records an error when it is missing or too long. Returns the trimmed text.</summary>
    public static string Required(this FieldErrors errors, string field, string? value, int maxLength, string description)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"Enter {description}.");
            return "";
        }
        return errors.MaxLength(field, value, maxLength, description) ?? "";
    }

    /// <summary>Trims optional text (blank becomes null); records an error when it is too long.</summary>
    public static string? MaxLength(this FieldErrors errors, string field, string? value, int maxLength, string description)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is { Length: var length } && length > maxLength)
        {
            errors.Add(field, $"{Capitalise(description)} must be {maxLength:N0} characters or fewer (it has {length:N0}).");
        }
        return trimmed;
    }

    public static string? Email(this FieldErrors errors, string field, string? value)
    {
        var email = errors.MaxLength(field, value, Infrastructure.FieldLimits.Email, "the email address");
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add(field, "Enter an email address in the correct format, like name@example.org.");
        }
        return email;
    }

    public static string? Url(this FieldErrors errors, string field, string? value)
    {
        var url = errors.MaxLength(field, value, Infrastructure.FieldLimits.Url, "the web address");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            errors.Add(field, "Enter a full web address starting with https://.");
        }
        return url;
    }

    /// <summary>Caps the number of entries in a list, so one request cannot carry an unbounded payload.</summary>
    public static IReadOnlyList<T> List<T>(this FieldErrors errors, string field, IReadOnlyList<T>? values, int maxItems = Infrastructure.FieldLimits.ListItems)
    {
        if (values is { Count: var count } && count > maxItems)
        {
            errors.Add(field, $"Give at most {maxItems} entries (there are {count}).");
        }
        return values ?? [];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
