namespace SocialPrescribing.Referrals.Model;

/// <summary>
/// A person's referral to social prescribing. The facts here are the ones the matcher may
/// see; who the person is lives elsewhere and never leaves the service over gRPC.
/// </summary>
public sealed class Referral
{
    public Guid Id { get; init; }
    public Guid TeamId { get; init; }
    public required string PostcodeDistrict { get; set; }
    public List<string> NeedTermIds { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public DateTimeOffset ReceivedAt { get; init; }
}
