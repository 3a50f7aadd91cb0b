namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>What the service must ask the directory to do with the activity's capacity after a transition.</summary>
public enum PlaceEffect
{
    None,
    Hold,
    Release,
}
