namespace SocialPrescribing.Identity.Model;

public enum AuditEventType
{
    SignInSucceeded,
    SignInFailed,
    LockedOut,
    OneTimeCodeRequested,
    OneTimeCodeSignInSucceeded,
    OneTimeCodeSignInFailed,
    ClientCredentialsIssued,
    TokenRequestRejected,
    ClientCreated,
    ClientSecretRotated,
    ClientRevoked,
    ClientManagementDenied,
}

/// <summary>
/// One security-relevant fact. Holds ids only — never passwords, codes, secrets, user names,
/// email addresses or phone numbers — and the caller's IP address as a keyed hash.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public AuditEventType Type { get; init; }

    /// <summary>The account or API client the event is about, when known.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Who did it, when someone else than the subject (a manager revoking a client).</summary>
    public string? ActorId { get; init; }

    /// <summary>The OAuth client the request came through.</summary>
    public string? ClientId { get; init; }

    public Guid? OrganisationId { get; init; }
    public string? IpAddressHash { get; init; }

    /// <summary>A machine-readable reason, e.g. <c>invalid_client</c> or <c>locked_out</c>.</summary>
    public string? Detail { get; init; }
}
