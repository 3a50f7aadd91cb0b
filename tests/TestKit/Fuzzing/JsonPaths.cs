using System.Text.Json.Nodes;

namespace SocialPrescribing.TestKit.Fuzzing;

/// <summary>The places in a JSON body a hostile value can go: every property, nested objects' and a list's first item's too.</summary>
public static class JsonPaths
{
    private const int MaxDepth = 4;

    /// <summary>Each path is a list of property names (string) and list indexes (int).</summary>
    public static IReadOnlyList<object[]> Of(JsonNode body)
    {
        var paths = new List<object[]>();
        Walk(body, [], paths);
        return paths;
    }

    public static string Name(object[] path) =>
        string.Concat(path.Select((p, i) => p is int index ? $"[{index}]" : i == 0 ? (string)p : "." + p));

    public static JsonNode? With(JsonNode body, object[] path, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parent = Parent(copy, path);
        switch (path[^1], parent)
        {
            case (string name, JsonObject o):
                o[name] = value?.DeepClone();
                break;
            case (int index, JsonArray a):
                a[index] = value?.DeepClone();
                break;
        }
        return copy;
    }

    public static JsonNode? Without(JsonNode body, object[] path)
    {
        var copy = body.DeepClone();
        switch (path[^1], Parent(copy, path))
        {
            case (string name, JsonObject o):
                o.Remove(name);
                break;
            case (int index, JsonArray a):
                a.RemoveAt(index);
                break;
        }
        return copy;
    }

    private static JsonNode? Parent(JsonNode root, object[] path) =>
        path[..^1].Aggregate((JsonNode?)root, (node, step) => step is int index ? node?[index] : node?[(string)step]);

    private static void Walk(JsonNode? node, object[] at, List<object[]> paths)
    {
        if (at.Length >= MaxDepth)
        {
            return;
        }
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    object[] here = [.. at, name];
                    paths.Add(here);
                    Walk(child, here, paths);
                }
                break;
            case JsonArray { Count: > 0 } a:
                object[] first = [.. at, 0];
                paths.Add(first);
                Walk(a[0], first, paths);
                break;
        }
    }
}
