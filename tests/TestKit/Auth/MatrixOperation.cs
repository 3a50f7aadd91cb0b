using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>The owner ids a row aims at: the caller's own, or another owner's.</summary>
public sealed record OwnerIds(string? TeamId, string? OrganisationId, string? VolunteerId)
{
    public const string Team = "teamId";
    public const string Organisation = "organisationId";
    public const string Volunteer = "volunteerId";

    public static IReadOnlyList<string> Keys { get; } = [Team, Organisation, Volunteer];

    public string? this[string key] => key switch
    {
        Team => TeamId,
        Organisation => OrganisationId,
        Volunteer => VolunteerId,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Owner keys are teamId, organisationId and volunteerId."),
    };

    public static OwnerIds Of(TestAccount account) => new(account.TeamId, account.OrganisationId, account.VolunteerId);
}

/// <summary>How a call came out, as far as authorisation goes.</summary>
public enum MatrixOutcome
{
    /// <summary>Past authorisation: any answer but a refusal or a server error (a 400 or 404 means the rules let it through).</summary>
    Allowed,
    Denied,
    ServerError,
}

/// <summary>What a matrix row sends: the services under test, with the row's access token (null: anonymous).</summary>
public sealed record MatrixTarget(HttpClient Http, CallInvoker? Grpc);

/// <summary>
/// One operation to check, aimed at the route it is served by. <see cref="Path"/> may name <c>{teamId}</c>,
/// <c>{organisationId}</c> and <c>{volunteerId}</c>: each row fills them with the caller's own ids or another owner's.
/// </summary>
public abstract record MatrixOperation(HttpMethod Method, string Path)
{
    /// <summary>The owner ids the operation needs (a row "on own data" exists only for accounts that have them).</summary>
    public virtual IReadOnlyList<string> OwnerKeys =>
        [.. OwnerIds.Keys.Where(key => Path.Contains("{" + key + "}", StringComparison.Ordinal))];

    /// <summary>The request path for the given owner's ids.</summary>
    public string PathFor(OwnerIds ids) =>
        OwnerKeys.Aggregate(Path, (path, key) => path.Replace("{" + key + "}", Uri.EscapeDataString(
            ids[key] ?? throw new InvalidOperationException($"{this} needs a {key}.")), StringComparison.Ordinal));

    public abstract Task<(MatrixOutcome Outcome, string Answer)> SendAsync(MatrixTarget target, OwnerIds ids, string? accessToken, CancellationToken cancellationToken);

    public override string ToString() => $"{Method} {Path}";

    /// <summary>
    /// A REST call; the body (if any) is sent as JSON, a new copy for each row, or made by a <c>Func&lt;HttpContent&gt;</c>
    /// (e.g. a form for the OAuth endpoints).
    /// </summary>
    public static MatrixOperation Rest(HttpMethod method, string path, object? body = null) => new RestOperation(method, path, body);

    /// <summary>
    /// A gRPC method, named from its service descriptor (so a renamed method fails here). <paramref name="call"/> makes the
    /// call with the given options; <paramref name="ownerKeys"/> are the owner ids it reads from its <see cref="OwnerIds"/>.
    /// </summary>
    public static MatrixOperation Grpc(ServiceDescriptor service, string method, Func<CallInvoker, CallOptions, OwnerIds, Task> call, params string[] ownerKeys) =>
        new GrpcOperation(service.FindMethodByName(method) ?? throw new ArgumentException($"{service.FullName} has no method {method}.", nameof(method)), call, ownerKeys);
}

internal sealed record RestOperation(HttpMethod Method, string Path, object? Body) : MatrixOperation(Method, Path)
{
    public override async Task<(MatrixOutcome, string)> SendAsync(MatrixTarget target, OwnerIds ids, string? accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(Method, PathFor(ids))
        {
            Content = Body switch
            {
                null => null,
                Func<HttpContent> make => make(),
                _ => JsonContent.Create(Body),
            },
        };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        using var response = await target.Http.SendAsync(request, cancellationToken);
        var status = response.StatusCode;
        var outcome = (int)status >= 500 ? MatrixOutcome.ServerError
            : status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? MatrixOutcome.Denied
            : MatrixOutcome.Allowed;
        return (outcome, $"{(int)status} {status}");
    }

    public override string ToString() => base.ToString();
}

internal sealed record GrpcOperation : MatrixOperation
{
    private readonly Func<CallInvoker, CallOptions, OwnerIds, Task> _call;
    private readonly string[] _ownerKeys;

    public GrpcOperation(MethodDescriptor method, Func<CallInvoker, CallOptions, OwnerIds, Task> call, string[] ownerKeys)
        : base(HttpMethod.Post, $"/{method.Service.FullName}/{method.Name}") => (_call, _ownerKeys) = (call, ownerKeys);

    public override IReadOnlyList<string> OwnerKeys => _ownerKeys;

    public override async Task<(MatrixOutcome, string)> SendAsync(MatrixTarget target, OwnerIds ids, string? accessToken, CancellationToken cancellationToken)
    {
        var grpc = target.Grpc ?? throw new InvalidOperationException($"{this} is a gRPC method: give the matrix a gRPC channel.");
        var headers = new Metadata();
        if (accessToken is not null)
        {
            headers.Add("Authorization", $"Bearer {accessToken}");
        }
        try
        {
            await _call(grpc, new CallOptions(headers, cancellationToken: cancellationToken), ids);
            return (MatrixOutcome.Allowed, "OK");
        }
        catch (RpcException e)
        {
            var outcome = e.StatusCode switch
            {
                StatusCode.Unauthenticated or StatusCode.PermissionDenied => MatrixOutcome.Denied,
                StatusCode.Internal or StatusCode.Unknown or StatusCode.DataLoss => MatrixOutcome.ServerError,
                _ => MatrixOutcome.Allowed,
            };
            return (outcome, e.StatusCode.ToString());
        }
    }

    public override string ToString() => $"gRPC {Path.TrimStart('/')}";
}
