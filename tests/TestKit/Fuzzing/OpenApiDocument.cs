using System.Text.Json.Nodes;

namespace SocialPrescribing.TestKit.Fuzzing;

/// <summary>Reads the operations out of an OpenAPI 3.x document (as ASP.NET Core's Microsoft.AspNetCore.OpenApi writes it).</summary>
public static class OpenApiDocument
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static IReadOnlyList<FuzzOperation> Operations(JsonNode document, IReadOnlyDictionary<string, string[]>? formFields = null)
    {
        var operations = new List<FuzzOperation>();
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var method in Methods)
            {
                if (item?[method] is not JsonObject operation)
                {
                    continue;
                }
                var parameters = (operation["parameters"]?.AsArray() ?? []).Concat(item["parameters"]?.AsArray() ?? [])
                    .Select(p => Resolve(document, p)).OfType<JsonNode>().ToList();
                var content = Resolve(document, operation["requestBody"])?["content"]?.AsObject();
                var json = content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value?["schema"];
                var form = content?.FirstOrDefault(c => c.Key.Contains("form", StringComparison.OrdinalIgnoreCase)).Value?["schema"];
                var fields = (Resolve(document, form)?["properties"]?.AsObject().Select(p => p.Key) ?? [])
                    .Concat(formFields?.GetValueOrDefault(path) ?? []).Distinct().ToList();
                operations.Add(new FuzzOperation(
                    new HttpMethod(method.ToUpperInvariant()),
                    path,
                    Of(document, parameters, "path"),
                    Of(document, parameters, "query"),
                    json is null ? null : Resolve(document, json),
                    fields));
            }
        }
        return operations;
    }

    /// <summary>Follows "$ref" (components only) until a node that is not a reference.</summary>
    public static JsonNode? Resolve(JsonNode document, JsonNode? node)
    {
        for (var hops = 0; hops < 16 && node?["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            node = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode?)document, (n, segment) => n?[segment.Replace("~1", "/").Replace("~0", "~")]);
        }
        return node;
    }

    private static List<FuzzParameter> Of(JsonNode document, List<JsonNode> parameters, string location) =>
        [.. parameters.Where(p => p["in"]?.GetValue<string>() == location)
            .Select(p => new FuzzParameter(p["name"]!.GetValue<string>(), Resolve(document, p["schema"])))];
}
