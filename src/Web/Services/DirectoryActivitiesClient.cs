namespace SocialPrescribing.Web.Services;

/// <summary>
/// The directory's write API for a VCSE organisation's own activities (<c>http://directory/api</c>),
/// called with the signed-in member of staff's token: the organisation comes from that token.
/// Changes carry the ETag the page read, so a stale edit is refused instead of overwriting.
/// </summary>
public sealed class DirectoryActivitiesClient(HttpClient http)
{
    public const string ServiceName = "directory";

    /// <summary>
    /// If-Match for a change that holds whatever the version (a status move, which overwrites no details): the
    /// directory requires If-Match on every change (428 without), and "*" says any current version.
    /// </summary>
    public const string AnyVersion = "*";

    public async Task<List<ActivityResponse>> ListAsync(CancellationToken cancellationToken) =>
        (await SendAsync<List<ActivityResponse>>(HttpMethod.Get, "api/activities", null, null, cancellationToken)).Value;

    public Task<Versioned<ActivityResponse>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync<ActivityResponse>(HttpMethod.Get, $"api/activities/{id}", null, null, cancellationToken);

    /// <summary>Lists a new activity as a draft.</summary>
    public Task<Versioned<ActivityResponse>> CreateAsync(ActivityRequest activity, CancellationToken cancellationToken) =>
        SendAsync<ActivityResponse>(HttpMethod.Post, "api/activities", activity, null, cancellationToken);

    /// <summary>Replaces the activity's details; <paramref name="eTag"/> is the version the person edited.</summary>
    public Task<Versioned<ActivityResponse>> UpdateAsync(Guid id, ActivityRequest activity, string eTag, CancellationToken cancellationToken) =>
        SendAsync<ActivityResponse>(HttpMethod.Put, $"api/activities/{id}", activity, eTag, cancellationToken);

    /// <summary>Sets the number of places; null takes everyone who comes.</summary>
    public Task<Versioned<ActivityResponse>> ChangeCapacityAsync(Guid id, int? totalPlaces, string eTag, CancellationToken cancellationToken) =>
        SendAsync<ActivityResponse>(HttpMethod.Put, $"api/activities/{id}/capacity", new CapacityRequest(totalPlaces), eTag, cancellationToken);

    /// <summary>A status change; <paramref name="eTag"/> is the version read, or <see cref="AnyVersion"/>.</summary>
    public Task<Versioned<ActivityResponse>> PublishAsync(Guid id, string eTag, CancellationToken cancellationToken) =>
        SendAsync<ActivityResponse>(HttpMethod.Post, $"api/activities/{id}/publish", null, eTag, cancellationToken);

    public Task<Versioned<ActivityResponse>> WithdrawAsync(Guid id, string eTag, CancellationToken cancellationToken) =>
        SendAsync<ActivityResponse>(HttpMethod.Post, $"api/activities/{id}/withdraw", null, eTag, cancellationToken);

    private Task<Versioned<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? eTag, CancellationToken cancellationToken) =>
        VersionedServiceCalls.SendAsync<T>(http, ServiceName, method, path, body, eTag, cancellationToken);
}
