using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace SocialPrescribing.TestKit.Conventions;

/// <summary>
/// The rules of docs/conventions.md, checked the same way in every service: each service's
/// HttpConventionTests points them at endpoints of its own.
/// </summary>
public static class HttpConventions
{
    private const string IfMatchField = "If-Match";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A body whose field has the wrong type (<paramref name="json"/>) is a 400 problem naming that field by its
    /// JSON path (<paramref name="field"/>, e.g. "$.minutes"), so a client knows what to fix.
    /// </summary>
    public static async Task UnreadableBodyIsRefusedAsync(HttpClient client, HttpMethod method, string path, string json, string field)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        var problem = await ProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]?[field]);
    }

    /// <summary>
    /// Enum values on the wire are kebab-case: the request <paramref name="send"/> makes with <paramref name="wireName"/>
    /// (e.g. "follow-up") as the JSON value of <paramref name="field"/> succeeds and its answer, read by
    /// <paramref name="written"/>, spells the value the same way; a number in its place, bare or quoted, is a 400 naming
    /// the field (by name, or by JSON path when the body does not bind), so no client comes to depend on an enum's order.
    /// </summary>
    public static async Task EnumValuesAreKebabCaseAsync(
        HttpClient client, Func<string, HttpRequestMessage> send, string field, string wireName, Func<JsonNode, string?> written)
    {
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", wireName);
        using (var request = send($"\"{wireName}\""))
        using (var response = await client.SendAsync(request, Ct))
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} sending {field} \"{wireName}\": {body}");
            Assert.Equal(wireName, written(JsonNode.Parse(body)!));
        }
        foreach (var number in new[] { "1", "\"1\"" })
        {
            using var request = send(number);
            var problem = await ProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.BadRequest);
            var fields = problem["errors"]?.AsObject().Select(e => e.Key).ToList() ?? [];
            Assert.True(fields.Contains(field) || fields.Contains($"$.{field}"), $"{field} as {number} was refused naming {string.Join(", ", fields)}");
        }
    }

    /// <summary>
    /// The If-Match rule on one change of a versioned record: with the ETag just read the change is made; then,
    /// without If-Match it is a 428, and with that ETag (stale now) a 412, both naming If-Match, and neither
    /// moves the record's version on, so nothing was written. <paramref name="change"/> makes the n-th
    /// request (0, 1, 2), each a little different so that each would change the record.
    /// </summary>
    public static async Task ChangeNeedsTheCurrentVersionAsync(HttpClient client, string readPath, Func<int, HttpRequestMessage> change)
    {
        var read = await ETagAsync(client, readPath);
        using (var first = change(0))
        {
            first.Headers.IfMatch.Add(read);
            using var made = await client.SendAsync(first, Ct);
            Assert.True(made.IsSuccessStatusCode, $"{(int)made.StatusCode} with the current ETag: {await made.Content.ReadAsStringAsync(Ct)}");
        }
        var current = await ETagAsync(client, readPath);

        using var blind = change(1);
        var missing = await ProblemAsync(await client.SendAsync(blind, Ct), HttpStatusCode.PreconditionRequired);
        using var stale = change(2);
        stale.Headers.IfMatch.Add(read);
        var changed = await ProblemAsync(await client.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);

        Assert.NotEqual(read, current);
        Assert.NotNull(missing["errors"]?[IfMatchField]);
        Assert.NotNull(changed["errors"]?[IfMatchField]);
        Assert.Equal(current, await ETagAsync(client, readPath));

        using var described = change(0);
        await DocumentsIfMatchAsync(client, described.Method, described.RequestUri!);
    }

    /// <summary>
    /// The service's OpenAPI document tells a client what the change answered: the operation requires the If-Match
    /// header and lists 412 and 428, so a generated client and a reader of the contract know to send the version.
    /// </summary>
    private static async Task DocumentsIfMatchAsync(HttpClient client, HttpMethod method, Uri request)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Ct))!;
        var path = (request.IsAbsoluteUri ? request.AbsolutePath : request.OriginalString).Split('?')[0];
        var operation = document["paths"]!.AsObject()
            .Where(p => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(p.Key), @"\\\{[^}]+\}", "[^/]+") + "$"))
            .Select(p => p.Value?[method.Method.ToLowerInvariant()])
            .SingleOrDefault(o => o is not null);
        Assert.True(operation is not null, $"The OpenAPI document has no operation {method} {path}.");
        var responses = operation["responses"]!.AsObject();
        Assert.True(responses.ContainsKey("412") && responses.ContainsKey("428"), $"{method} {path} does not list 412 and 428 in the OpenAPI document.");
        Assert.True(RequiresIfMatch(operation), $"{method} {path} does not require If-Match in the OpenAPI document.");
    }

    /// <summary>
    /// Every PUT in the service's OpenAPI document (a replacement of what the caller read) requires If-Match, except
    /// the paths <paramref name="setWhole"/> names: a choice a person sets whole for themselves, which overwrites
    /// nothing anyone else writes. A new PUT that forgets its version fails here.
    /// </summary>
    public static async Task EveryReplacementRequiresIfMatchAsync(HttpClient client, params string[] setWhole)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Ct))!;
        var unversioned = document["paths"]!.AsObject()
            .Where(p => p.Value?["put"] is { } put && !RequiresIfMatch(put))
            .Select(p => p.Key)
            .Order(StringComparer.Ordinal);
        Assert.Equal(setWhole.Order(StringComparer.Ordinal), unversioned);
    }

    /// <summary>
    /// A list that can grow is paged the same way in every service: <c>page</c> (from 1) and <c>perPage</c> in the
    /// query, and an answer that says which page, how many a page and how many in all; a page or size out of range is
    /// a 400 naming it. <paramref name="list"/> may carry its own query (e.g. "?q=walk").
    /// </summary>
    public static async Task ListIsPagedAsync(HttpClient client, string list)
    {
        var join = list.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        using var first = await client.GetAsync($"{list}{join}page=1&perPage=1", Ct);
        Assert.True(first.IsSuccessStatusCode, $"GET {list} answered {(int)first.StatusCode}: {await first.Content.ReadAsStringAsync(Ct)}");
        var page = JsonNode.Parse(await first.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(1, (int?)page["page"]);
        Assert.Equal(1, (int?)page["perPage"]);
        Assert.True((int?)page["totalItems"] >= page["items"]!.AsArray().Count);
        Assert.True(page["items"]!.AsArray().Count <= 1);

        var noPage = await ProblemAsync(await client.GetAsync($"{list}{join}page=0", Ct), HttpStatusCode.BadRequest);
        var noneAPage = await ProblemAsync(await client.GetAsync($"{list}{join}perPage=0", Ct), HttpStatusCode.BadRequest);
        Assert.NotNull(noPage["errors"]?["page"]);
        Assert.NotNull(noneAPage["errors"]?["perPage"]);
    }

    private static bool RequiresIfMatch(JsonNode operation) =>
        (operation["parameters"]?.AsArray() ?? []).Any(p =>
            (string?)p?["in"] == "header" && (string?)p["name"] == IfMatchField && (bool?)p["required"] == true);

    /// <summary>The problem details of a refused request, after checking its status and media type.</summary>
    public static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return JsonNode.Parse(body)!;
        }
    }

    private static async Task<EntityTagHeaderValue> ETagAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} reading {path}");
        Assert.NotNull(response.Headers.ETag);
        return response.Headers.ETag;
    }
}
