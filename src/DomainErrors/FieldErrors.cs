namespace SocialPrescribing.DomainErrors;

/// <summary>
/// Collects error messages per field path ("schedules[0].validTo") while checking an input, then throws
/// them all together, so one 400 tells the caller everything to fix at once.
/// </summary>
public sealed class FieldErrors
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

    /// <summary>Adds <paramref name="message"/> when <paramref name="ok"/> is false.</summary>
    public void Check(bool ok, string field, string message)
    {
        if (!ok)
        {
            Add(field, message);
        }
    }

    public void RequireText(string field, string? value, string message) => Check(!string.IsNullOrWhiteSpace(value), field, message);

    /// <summary>Keeps another check's errors, under <paramref name="prefix"/> when they concern a part of this input.</summary>
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

    /// <summary>Runs a value object's own check and keeps its error under the field it names.</summary>
    public T? Capture<T>(Func<T> create) where T : class
    {
        try
        {
            return create();
        }
        catch (FieldErrorsException e)
        {
            AddAll(e.Errors);
        }
        catch (DomainException e) when (e.Field is not null)
        {
            Add(e.Field, e.Message);
        }
        return null;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new FieldErrorsException(ToDictionary());
        }
    }
}
