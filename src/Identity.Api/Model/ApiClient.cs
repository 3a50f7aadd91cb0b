namespace SocialPrescribing.Identity.Model;

/// <summary>
/// A VCSE organisation's API client. The OAuth registration (with its hashed secret) lives in
/// OpenIddict's tables; this row says whose it is, what it may do and its history, and stays
/// after revocation for the audit trail.
/// </summary>
public sealed class ApiClient
{
    public required string ClientId { get; init; }
    public Guid OrganisationId { get; init; }
    public required string DisplayName { get; init; }
    public List<string> Scopes { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset? SecretRotatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsActive => RevokedAt is null;
}
