using System.Collections.Frozen;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using GrpcService = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// An automatic retry must never send a command twice: a POST that timed out may still have created a person or
/// a note. Every client retries only requests that are safe to repeat: GET, HEAD, OPTIONS and TRACE, and the gRPC
/// methods whose .proto declares them free of side effects (<c>option idempotency_level = NO_SIDE_EFFECTS</c>;
/// every gRPC call is a POST, so the HTTP method alone cannot tell a query from a command).
/// </summary>
public static class SafeRetries
{
    private static readonly FrozenSet<HttpMethod> SafeHttpMethods = new[] { HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Trace }.ToFrozenSet();
    private static readonly HttpRequestOptionsKey<bool> SafeToRepeatKey = new("SafeRetries.SafeToRepeat");

    /// <summary>Marks a POST whose repeat does no harm (asking for a token, a request carrying an idempotency key) as one the retry may send again.</summary>
    public static HttpRequestMessage SafeToRepeat(this HttpRequestMessage request)
    {
        request.Options.Set(SafeToRepeatKey, true);
        return request;
    }

    /// <summary>Keeps the retry's own rules (which failures are transient) and adds: only when the request is safe to repeat.</summary>
    public static void RetryOnlySafeRequests(this HttpRetryStrategyOptions retry, SafeGrpcMethods grpc)
    {
        var transient = retry.ShouldHandle;
        retry.ShouldHandle = async args => IsSafe(args.Context.GetRequestMessage(), grpc) && await transient(args);
    }

    /// <summary>Lets this gRPC client's calls be retried where the service's .proto says they have no side effects.</summary>
    public static IHttpClientBuilder RetrySideEffectFreeMethods(this IHttpClientBuilder client, GrpcService service)
    {
        client.Services.AddSingleton(service);
        return client;
    }

    /// <summary>A request we cannot see is not retried: sending nothing twice is the safe side.</summary>
    private static bool IsSafe(HttpRequestMessage? request, SafeGrpcMethods grpc) =>
        request is not null
        && (SafeHttpMethods.Contains(request.Method)
            || (request.Options.TryGetValue(SafeToRepeatKey, out var marked) && marked)
            || (request.Method == HttpMethod.Post && request.RequestUri is { } uri && grpc.Contains(uri.AbsolutePath)));
}

/// <summary>The paths (<c>/package.Service/Method</c>) of the gRPC methods declared free of side effects, of every client registered.</summary>
public sealed class SafeGrpcMethods(IEnumerable<GrpcService> services)
{
    private readonly FrozenSet<string> _paths = services
        .SelectMany(s => s.Methods)
        .Where(m => m.GetOptions()?.IdempotencyLevel is MethodOptions.Types.IdempotencyLevel.NoSideEffects)
        .Select(m => $"/{m.Service.FullName}/{m.Name}")
        .ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string path) => _paths.Contains(path);
}
