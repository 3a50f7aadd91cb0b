namespace SocialPrescribing.Volunteering.Domain.Validation;

/// <summary>
/// Collects error messages per field path ("proxies[2].source"), in the shape RFC 9457 validation
/// problem details expect, so the API can return them without translating.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }
        messages.Add(message);
    }

    public void AddAll(IReadOnlyDictionary<string, string[]> errors, string? prefix = null)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(prefix is null ? field : $"{prefix}.{field}", message);
            }
        }
    }

    public void RequireText(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, message);
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new DomainValidationException(ToDictionary());
        }
    }
}
