using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>One operation a service serves: an HTTP method and a route (a gRPC method is a POST to <c>/package.Service/Method</c>).</summary>
public sealed class EndpointRoute
{
    private readonly TemplateMatcher _matcher;

    public EndpointRoute(string method, RoutePattern pattern)
    {
        Method = method;
        Pattern = pattern;
        var template = new RouteTemplate(pattern);
        _matcher = new TemplateMatcher(template, new RouteValueDictionary());
        Precedence = RoutePrecedence.ComputeInbound(template);
    }

    /// <summary>The HTTP method, or <c>*</c> for an endpoint that takes any (e.g. a Razor page).</summary>
    public string Method { get; }

    public RoutePattern Pattern { get; }

    /// <summary>Lower is more specific: a literal segment beats a parameter, as the router decides.</summary>
    public decimal Precedence { get; }

    public bool Matches(HttpMethod method, string path) =>
        (Method == "*" || string.Equals(Method, method.Method, StringComparison.OrdinalIgnoreCase))
        && _matcher.TryMatch(new PathString(path.Split('?')[0]), []);

    public override string ToString() => $"{Method} /{Pattern.RawText?.TrimStart('/')}";
}

/// <summary>
/// Every operation an app serves, read from its own routing (<see cref="EndpointDataSource"/>: minimal APIs, pages,
/// health checks, OpenAPI and gRPC methods alike), so a test can insist each has a rule.
/// </summary>
public static class EndpointInventory
{
    public static IReadOnlyList<EndpointRoute> Of(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => !IsGrpcCatchAll(endpoint.RoutePattern))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => new EndpointRoute(method, endpoint.RoutePattern)))
            .DistinctBy(route => route.ToString())];

    /// <summary>The route that would serve the request: of those matching, the most specific.</summary>
    public static EndpointRoute? Serving(this IEnumerable<EndpointRoute> routes, HttpMethod method, string path) =>
        routes.Where(route => route.Matches(method, path)).MinBy(route => route.Precedence);

    // gRPC answers UNIMPLEMENTED for unknown services and methods through catch-all routes; they are not operations.
    private static bool IsGrpcCatchAll(RoutePattern pattern) =>
        pattern.Parameters.Any(p => p.Name.StartsWith("unimplemented", StringComparison.Ordinal));
}
