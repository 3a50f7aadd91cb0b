namespace SocialPrescribing.Contracts.Http.Identity;

// A VCSE organisation's API clients (identity's /api/organisations/{organisationId}/clients).

/// <summary>A new client: its name and the scopes its tokens may carry.</summary>
public sealed record CreateApiClientRequest(string? DisplayName, IReadOnlyList<string>? Scopes);

/// <summary>A client with its secret: answered once, on creation or rotation, and never again.</summary>
public sealed record ApiClientSecret(string ClientId, string ClientSecret, string DisplayName, IReadOnlyList<string> Scopes);

/// <summary>An organisation's API client as identity lists it (never with its secret).</summary>
public sealed record ApiClientSummary(string ClientId, string DisplayName, IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt, DateTimeOffset? SecretRotatedAt, DateTimeOffset? RevokedAt);
