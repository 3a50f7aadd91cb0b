using System.Text.Json.Nodes;

namespace SocialPrescribing.TestKit.Fuzzing;

/// <summary>
/// A plausible value for a JSON schema (the first enum value, a date this year, one item in a list),
/// so each hostile value is tried in an otherwise well-formed request and reaches the code behind it.
/// </summary>
public sealed class SchemaSamples(JsonNode document, Random random)
{
    private const int MaxDepth = 6;

    public JsonNode? Sample(JsonNode? schema, int depth = 0)
    {
        schema = OpenApiDocument.Resolve(document, schema);
        if (schema is null || depth > MaxDepth)
        {
            return null;
        }
        if (schema["enum"] is JsonArray { Count: > 0 } values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }
        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema[combinator] is JsonArray { Count: > 0 } choices)
            {
                return Sample(choices.FirstOrDefault(c => TypeOf(OpenApiDocument.Resolve(document, c)) != "null"), depth + 1);
            }
        }
        return TypeOf(schema) switch
        {
            "object" => Object(schema, depth),
            "array" => new JsonArray(Sample(schema["items"], depth + 1)),
            "integer" => 3,
            "number" => 2.5,
            "boolean" => true,
            "string" => String(schema),
            _ => schema["properties"] is not null ? Object(schema, depth) : null,
        };
    }

    /// <summary>The schema's type; of a list such as ["integer", "string"] (numbers readable from strings) the first that is not null or string.</summary>
    public static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue single => single.GetValue<string>(),
        JsonArray many => many.Select(t => t!.GetValue<string>()).OrderBy(t => t is "null" ? 2 : t is "string" ? 1 : 0).FirstOrDefault(),
        _ => null,
    };

    private JsonObject Object(JsonNode schema, int depth)
    {
        var result = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            result[name] = Sample(property, depth + 1);
        }
        return result;
    }

    private JsonNode String(JsonNode schema) => schema["format"]?.GetValue<string>() switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "date" => $"{DateTime.UtcNow.Year}-03-0{random.Next(1, 9)}",
        "date-time" => $"{DateTime.UtcNow.Year}-03-0{random.Next(1, 9)}T10:00:00Z",
        "time" => "10:00:00",
        "email" => "someone@example.org",
        "uri" => "https://example.org/",
        _ when schema["pattern"] is not null && SchemaSamples.TypeOf(schema) != "string" => "1",
        _ => "Some text",
    };
}
