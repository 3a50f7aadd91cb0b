using System.Text.Json.Nodes;

namespace SocialPrescribing.TestKit.Fuzzing;

/// <summary>The values every field, parameter and body is tried with.</summary>
public static class HostileValues
{
    /// <summary>Written into the JSON text as a lone surrogate escape, which no serializer would produce.</summary>
    public const string LoneSurrogate = "\"\\ud800x\"";

    private const string LoneSurrogateMarker = "__lone_surrogate__";

    public static readonly string VeryLong = new('x', 100_000);

    /// <summary>For JSON fields: each with a label for the report.</summary>
    public static IReadOnlyList<(string Label, JsonNode? Value)> Json { get; } =
    [
        ("null", null),
        ("NUL in text", "a\u0000b"),
        ("control characters", "\u0001\u001f\u007f"),
        ("offset date-time", "2026-01-05T10:00:00+01:00"),
        ("far offset date-time", "9999-12-31T23:59:59-14:00"),
        ("first date", "0001-01-01"),
        ("last date", "9999-12-31"),
        ("first date-time", "0001-01-01T00:00:00Z"),
        ("int max", int.MaxValue),
        ("int min", int.MinValue),
        ("minus one", -1),
        ("zero", 0),
        ("long max", long.MaxValue),
        ("1e308", 1e308),
        ("-1e308", -1e308),
        ("NaN as string", "NaN"),
        ("Infinity as string", "Infinity"),
        ("empty string", ""),
        ("blank string", "   "),
        ("100k characters", VeryLong),
        ("null item", new JsonArray((JsonNode?)null)),
        ("NUL item", new JsonArray("a\u0000b")),
        ("empty list", new JsonArray()),
        ("empty object", new JsonObject()),
        ("true", true),
        ("lone surrogate", LoneSurrogateMarker),
    ];

    /// <summary>For query-string and form values (already text).</summary>
    public static IReadOnlyList<(string Label, string Value)> Text { get; } =
    [
        ("empty", ""),
        ("NUL", "a\u0000b"),
        ("control characters", "\u0001\u001f"),
        ("offset date-time", "2026-01-05T10:00:00+01:00"),
        ("first date", "0001-01-01"),
        ("last date", "9999-12-31"),
        ("int max", "2147483647"),
        ("int max + 1", "2147483648"),
        ("int min", "-2147483648"),
        ("minus one", "-1"),
        ("1e308", "1e308"),
        ("NaN", "NaN"),
        ("10k characters", new string('x', 10_000)),
        ("not an id", "not-an-id"),
        ("percent", "%"),
    ];

    /// <summary>For a path parameter: ids of nothing, and things that are not ids.</summary>
    public static IReadOnlyList<(string Label, string Value)> PathIds { get; } =
    [
        ("unknown id", "00000000-0000-0000-0000-000000000001"),
        ("empty guid", Guid.Empty.ToString()),
        ("not an id", "not-an-id"),
        ("int max", "2147483647"),
        // Not %00: Kestrel refuses a NUL in the path before the app, and the in-process test server cannot carry one.
        ("control character", "%01"),
        ("long", new string('9', 5_000)),
        ("dot-dot", "..%2F..%2Fhealth"),
    ];

    /// <summary>Whole bodies: (label, content type or null for none, text).</summary>
    public static IReadOnlyList<(string Label, string? ContentType, string Text)> Bodies { get; } =
    [
        ("empty body", "application/json", ""),
        ("broken JSON", "application/json", "{\"a\":"),
        ("JSON null", "application/json", "null"),
        ("JSON list", "application/json", "[]"),
        ("JSON string", "application/json", "\"text\""),
        ("JSON number", "application/json", "1e308"),
        ("deep nesting", "application/json", new string('[', 5_000) + new string(']', 5_000)),
        ("text/plain", "text/plain", "{}"),
        ("XML", "application/xml", "<a/>"),
        ("form", "application/x-www-form-urlencoded", "a=%00"),
        ("no content type", null, "{}"),
    ];

    /// <summary>Serialises <paramref name="body"/>, writing the lone-surrogate marker as a raw escape.</summary>
    public static string ToJsonText(JsonNode? body) =>
        (body?.ToJsonString() ?? "null").Replace($"\"{LoneSurrogateMarker}\"", LoneSurrogate, StringComparison.Ordinal);
}
