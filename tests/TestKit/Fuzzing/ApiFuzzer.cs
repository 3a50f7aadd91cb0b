using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialPrescribing.TestKit.Fuzzing;

/// <summary>
/// Reads a running service's OpenAPI document (/openapi/v1.json) and sends every operation hostile
/// requests: each path parameter, query parameter, form field and JSON field (nested ones too) in turn
/// given each of <see cref="HostileValues"/>, and whole bodies that are broken, empty or of the wrong
/// type. First a well-formed request with every caller, to learn which callers the operation lets in;
/// those get every hostile case, the refused ones a few. Deterministic for a seed, bounded per operation.
/// </summary>
public sealed class ApiFuzzer(HttpClient http, FuzzOptions options)
{
    private sealed record FuzzCase(string Label, string Url, Func<HttpContent?> Body);

    public async Task<FuzzReport> RunAsync(CancellationToken cancellationToken)
    {
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json", cancellationToken))
            ?? throw new InvalidOperationException("The service published an empty OpenAPI document.");
        var operations = OpenApiDocument.Operations(document, options.FormFields)
            .Where(o => !options.SkipPathPrefixes.Any(p => o.PathTemplate.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var random = new Random(options.Seed);
        var samples = new SchemaSamples(document, random);
        var results = new List<FuzzResult>();
        foreach (var operation in operations)
        {
            var (baseline, cases) = Cases(operation, samples, random);
            var first = await SendAllAsync(operation, options.Callers.Select(c => (c, baseline)), cancellationToken);
            results.AddRange(first);
            var letIn = first.Where(r => r.Status is not (401 or 403)).Select(r => r.Caller).ToHashSet();
            var requests = options.Callers.SelectMany(caller => (letIn.Contains(caller.Name) ? cases : cases.Take(options.CasesForRefusedCallers)).Select(c => (caller, c)));
            results.AddRange(await SendAllAsync(operation, requests, cancellationToken));
        }
        return new FuzzReport(operations.Count, results);
    }

    private (FuzzCase Baseline, List<FuzzCase> Cases) Cases(FuzzOperation operation, SchemaSamples samples, Random random)
    {
        var pathValues = operation.PathParameters.ToDictionary(p => p.Name, p => PathValue(operation.PathTemplate, p));
        var query = operation.QueryParameters.ToDictionary(p => p.Name, p => Text(samples.Sample(p.Schema)));
        var body = operation.BodySchema is null ? null : samples.Sample(operation.BodySchema);
        var form = operation.FormFields.ToDictionary(f => f, _ => "x");
        var takesBody = operation.BodySchema is not null || form.Count > 0 || operation.Method != HttpMethod.Get && operation.Method != HttpMethod.Delete;

        var baseline = new FuzzCase("well-formed", Url(operation.PathTemplate, pathValues, query), () => Content(body, form, operation));
        var structural = new List<FuzzCase>();
        foreach (var parameter in operation.PathParameters)
        {
            foreach (var (label, value) in HostileValues.PathIds)
            {
                structural.Add(new($"path {parameter.Name}: {label}", Url(operation.PathTemplate, With(pathValues, parameter.Name, value, escape: false), query), baseline.Body));
            }
        }
        if (takesBody)
        {
            foreach (var (label, contentType, text) in HostileValues.Bodies)
            {
                structural.Add(new($"body: {label}", baseline.Url, () => Raw(text, contentType)));
            }
        }

        var values = new List<FuzzCase>();
        foreach (var parameter in operation.QueryParameters)
        {
            values.Add(new($"query {parameter.Name}: missing", Url(operation.PathTemplate, pathValues, query.Where(q => q.Key != parameter.Name).ToDictionary()), baseline.Body));
            foreach (var (label, value) in HostileValues.Text)
            {
                values.Add(new($"query {parameter.Name}: {label}", Url(operation.PathTemplate, pathValues, With(query, parameter.Name, value, escape: true)), baseline.Body));
            }
        }
        foreach (var field in form.Keys)
        {
            foreach (var (label, value) in HostileValues.Text)
            {
                var changed = With(form, field, value, escape: false);
                values.Add(new($"form {field}: {label}", baseline.Url, () => new FormUrlEncodedContent(changed)));
            }
        }
        if (body is not null)
        {
            foreach (var path in JsonPaths.Of(body))
            {
                values.Add(new($"body {JsonPaths.Name(path)}: missing", baseline.Url, () => Json(JsonPaths.Without(body, path))));
                foreach (var (label, value) in HostileValues.Json)
                {
                    values.Add(new($"body {JsonPaths.Name(path)}: {label}", baseline.Url, () => Json(JsonPaths.With(body, path, value))));
                }
            }
        }
        var budget = Math.Max(0, options.MaxCasesPerOperation - structural.Count);
        return (baseline, [.. structural, .. values.OrderBy(_ => random.Next()).Take(budget)]);
    }

    private string PathValue(string template, FuzzParameter parameter)
    {
        if (options.PathValues.TryGetValue(parameter.Name, out var byName))
        {
            return byName;
        }
        var segments = template.Split('/');
        var index = Array.IndexOf(segments, $"{{{parameter.Name}}}");
        return index > 0 && options.PathValues.TryGetValue(segments[index - 1], out var bySegment) ? bySegment : Guid.NewGuid().ToString();
    }

    private async Task<List<FuzzResult>> SendAllAsync(FuzzOperation operation, IEnumerable<(FuzzCaller Caller, FuzzCase Case)> requests, CancellationToken cancellationToken)
    {
        var results = new List<FuzzResult>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken }, async (request, ct) =>
        {
            var result = await SendAsync(operation, request.Caller, request.Case, ct);
            lock (results)
            {
                results.Add(result);
            }
        });
        return results;
    }

    private async Task<FuzzResult> SendAsync(FuzzOperation operation, FuzzCaller caller, FuzzCase fuzzCase, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        using var request = new HttpRequestMessage(operation.Method, fuzzCase.Url) { Content = fuzzCase.Body() };
        if (caller.AccessToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            return new FuzzResult(caller.Name, operation.Method.Method, operation.PathTemplate, fuzzCase.Url, fuzzCase.Label, (int)response.StatusCode, text);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The in-process server rethrows what escapes the pipeline; a real one would have answered 500.
            return new FuzzResult(caller.Name, operation.Method.Method, operation.PathTemplate, fuzzCase.Url, fuzzCase.Label, 0, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static Dictionary<string, string> With(Dictionary<string, string> values, string key, string value, bool escape)
    {
        var copy = new Dictionary<string, string>(values) { [key] = escape ? Uri.EscapeDataString(value) : value };
        return copy;
    }

    private static string Url(string template, Dictionary<string, string> path, Dictionary<string, string> query)
    {
        var url = path.Aggregate(template, (t, p) => t.Replace($"{{{p.Key}}}", p.Value, StringComparison.Ordinal));
        return query.Count == 0 ? url : url + "?" + string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Key)}={q.Value}"));
    }

    /// <summary>A query value as text; the <see cref="HostileValues.Text"/> ones are escaped when they replace it.</summary>
    private static string Text(JsonNode? value) => Uri.EscapeDataString(value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    });

    private static HttpContent? Content(JsonNode? body, Dictionary<string, string> form, FuzzOperation operation) =>
        operation.BodySchema is not null ? Json(body)
        : form.Count > 0 ? new FormUrlEncodedContent(form)
        : null;

    private static StringContent Json(JsonNode? body) => new(HostileValues.ToJsonText(body), Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(string text, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return content;
    }
}
