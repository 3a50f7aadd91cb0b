namespace SocialPrescribing.Referrals.Domain.Connections;

public enum ConnectionTargetKind
{
    Activity,
    Volunteer,
}

/// <summary>The one activity or volunteer a connection is to.</summary>
/// <param name="ProviderId">Who answers the request (the VCSE organisation); its response record is kept.</param>
public sealed record ConnectionTarget(ConnectionTargetKind Kind, Guid TargetId, Guid ProviderId);
