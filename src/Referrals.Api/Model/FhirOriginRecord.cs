namespace SocialPrescribing.Referrals.Model;

/// <summary>
/// Where a referral sent by a GP system as FHIR came from: the sender's own identifiers, kept so the message back
/// can name them and a resend of the same ServiceRequest is recognised (unique per client, system and value).
/// </summary>
public sealed class FhirOriginRecord
{
    /// <summary>Column lengths, which the bundle reader checks before anything is stored.</summary>
    public const int SystemLength = 400, TextLength = 200, OdsCodeLength = 10;

    public Guid ReferralId { get; init; }

    /// <summary>The OAuth client that sent it: only that client reads the message back.</summary>
    public required string ClientId { get; init; }

    public required string ServiceRequestSystem { get; init; }
    public required string ServiceRequestValue { get; init; }

    /// <summary>The referring practice's ODS code and name.</summary>
    public required string PracticeOdsCode { get; init; }
    public string? PracticeName { get; init; }

    /// <summary>The referring practitioner's name and their identifier (e.g. GMC number), as sent.</summary>
    public required string PractitionerName { get; init; }
    public string? PractitionerIdentifier { get; init; }

    /// <summary>The patient's NHS number, for the GP system's search by patient.</summary>
    public required string NhsNumber { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>When the message back was last announced (on closing, or resent by a link worker).</summary>
    public DateTimeOffset? MessageBackAnnouncedAt { get; set; }
}
