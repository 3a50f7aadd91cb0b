using System.Net.Mail;

namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>
/// Collects every problem with a request, keyed by the field's JSON path ("schedules[0].validTo"),
/// so one RFC 9457 response tells the caller everything to fix at once.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>Trims the text; records an error when it is missing or too long. Returns the trimmed text.</summary>
    public string Required(string field, string? value, int maxLength, string description)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"Enter {description}.");
            return "";
        }
        return MaxLength(field, value, maxLength, description) ?? "";
    }

    /// <summary>Trims optional text (blank becomes null); records an error when it is too long.</summary>
    public string? MaxLength(string field, string? value, int maxLength, string description)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is { Length: var length } && length > maxLength)
        {
            Add(field, $"{Capitalise(description)} must be {maxLength:N0} characters or fewer (it has {length:N0}).");
        }
        return trimmed;
    }

    public string? Email(string field, string? value)
    {
        var email = MaxLength(field, value, Infrastructure.FieldLimits.Email, "the email address");
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            Add(field, "Enter an email address in the correct format, like name@example.org.");
        }
        return email;
    }

    public string? Url(string field, string? value)
    {
        var url = MaxLength(field, value, Infrastructure.FieldLimits.Url, "the web address");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            Add(field, "Enter a full web address starting with https://.");
        }
        return url;
    }

    /// <summary>Caps the number of entries in a list, so one request cannot carry an unbounded payload.</summary>
    public IReadOnlyList<T> List<T>(string field, IReadOnlyList<T>? values, int maxItems = Infrastructure.FieldLimits.ListItems)
    {
        if (values is { Count: var count } && count > maxItems)
        {
            Add(field, $"Give at most {maxItems} entries (there are {count}).");
        }
        return values ?? [];
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
