using System.Net;
using System.Text.Json;
using Grpc.Core;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SocialPrescribing.Web.Services;

/// <summary>A service behind a page did not answer (down, timed out, or failing): the page says so and keeps what was typed.</summary>
public sealed class ServiceUnavailableException(string service, Exception? inner = null)
    : Exception($"The {service} service is not answering.", inner)
{
    public string Service { get; } = service;
}

/// <summary>The service refused what was sent, field by field (an RFC 9457 validation problem).</summary>
public sealed class ServiceValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The service refused the request.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>The service answered 401/403: the session has no right to this.</summary>
public sealed class ServiceAccessDeniedException(HttpStatusCode status) : Exception($"The service answered {(int)status}.");

/// <summary>Turns transport failures and error answers into the three outcomes pages care about.</summary>
public static class ServiceCalls
{
    public static async Task<T> RunAsync<T>(string service, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new ServiceUnavailableException(service, e);
        }
    }

    public static bool IsUnavailable(Exception e) => e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
        or TaskCanceledException { InnerException: TimeoutException }
        or RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown };

    public static async Task EnsureAnsweredAsync(string service, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        switch (response.StatusCode)
        {
            case HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict:
                throw new ServiceValidationException(await ErrorsOfAsync(response, cancellationToken));
            case HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                throw new ServiceAccessDeniedException(response.StatusCode);
            case HttpStatusCode.PreconditionRequired:
                // The web changed a versioned record without the version it read: a fault of the web, not an outage.
                throw new InvalidOperationException($"The {service} service requires If-Match on this change, and the web sent none.");
            default:
                throw new ServiceUnavailableException(service);
        }
    }

    private static async Task<IReadOnlyDictionary<string, string[]>> ErrorsOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            using var problem = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = problem.RootElement;
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                return errors.EnumerateObject().ToDictionary(
                    e => e.Name,
                    e => e.Value.ValueKind == JsonValueKind.Array ? [.. e.Value.EnumerateArray().Select(m => m.GetString() ?? "")] : new[] { e.Value.ToString() },
                    StringComparer.OrdinalIgnoreCase);
            }
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : root.TryGetProperty("title", out var t) ? t.GetString() : null;
            return new Dictionary<string, string[]> { [""] = [detail ?? "The service refused the request."] };
        }
        catch (JsonException)
        {
            return new Dictionary<string, string[]> { [""] = ["The service refused the request."] };
        }
    }
}
