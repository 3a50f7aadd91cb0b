using System.Text.Json;

namespace SocialPrescribing.Edge;

/// <summary>
/// A body that is valid JSON but breaks an edge rule (text, dates, empty items). A JsonException,
/// so model binding reports it like any unreadable body and the JSON path of the object is kept.
/// </summary>
public sealed class InvalidFieldsException(IReadOnlyDictionary<string, string[]> errors)
    : JsonException("The request has invalid fields: " + string.Join(", ", errors.Keys) + ".")
{
    /// <summary>Field names relative to the object that holds them (its path is <see cref="JsonException.Path"/>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
