using SocialPrescribing.Contracts.Http;
using SocialPrescribing.DomainErrors;

namespace SocialPrescribing.Conventions;

/// <summary>
/// A request's enum values as the API spells them (kebab-case, <see cref="WireNames"/>): a value the enum does not
/// have is a 400 on its field naming the ones it does, never a 500 and never a guess.
/// </summary>
public static class WireValues
{
    /// <summary>The value, or none when not given; a field error when it is not one of <paramref name="allowed"/> (every value by default).</summary>
    public static T? Optional<T>(this FieldErrors errors, string field, string? wireName, IReadOnlyCollection<T>? allowed = null) where T : struct, Enum
    {
        var value = WireNames.Parse<T>(wireName);
        var ok = value is { } v ? allowed is null || allowed.Contains(v) : string.IsNullOrEmpty(wireName);
        errors.Check(ok, field, OneOf(allowed ?? Enum.GetValues<T>()));
        return ok ? value : null;
    }

    /// <summary>The value; a field error when it is missing or not one of <paramref name="allowed"/> (every value by default).</summary>
    public static T Required<T>(this FieldErrors errors, string field, string? wireName, IReadOnlyCollection<T>? allowed = null) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(wireName))
        {
            errors.Add(field, $"Required. {OneOf(allowed ?? Enum.GetValues<T>())}");
            return default;
        }
        return errors.Optional(field, wireName, allowed) ?? default;
    }

    /// <summary>A request's one enum value, alone on its field: a 400 naming the values it takes when it is missing or not one of them.</summary>
    public static T Parse<T>(string field, string? wireName, IReadOnlyCollection<T>? allowed = null) where T : struct, Enum =>
        Alone(errors => errors.Required(field, wireName, allowed));

    /// <summary>As <see cref="Parse{T}"/>, but none when not given.</summary>
    public static T? ParseOptional<T>(string field, string? wireName, IReadOnlyCollection<T>? allowed = null) where T : struct, Enum =>
        Alone(errors => errors.Optional(field, wireName, allowed));

    /// <summary>"One of: routine, soon, urgent."</summary>
    public static string OneOf<T>(IEnumerable<T> values) where T : struct, Enum =>
        $"One of: {string.Join(", ", values.Select(v => v.WireName()))}.";

    private static TValue Alone<TValue>(Func<FieldErrors, TValue> read)
    {
        var errors = new FieldErrors();
        var value = read(errors);
        errors.ThrowIfAny();
        return value;
    }
}
