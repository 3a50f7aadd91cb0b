using Microsoft.AspNetCore.Builder;

namespace SocialPrescribing.Conventions;

/// <summary>
/// Marks an endpoint that changes a versioned record, so its OpenAPI operation lists the If-Match header it
/// requires and the 412 and 428 it answers. The check itself is <see cref="IfMatch.Ensure"/>, made where the
/// record's version is known; the HTTP convention tests prove the two agree endpoint by endpoint.
/// </summary>
public sealed class VersionedChange
{
    public static VersionedChange Instance { get; } = new();

    private VersionedChange()
    {
    }
}

public static class VersionedChangeExtensions
{
    /// <summary>The endpoint changes a versioned record: If-Match is required (428 without, 412 when stale).</summary>
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(VersionedChange.Instance);
}
