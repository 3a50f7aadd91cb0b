using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Seeds.Model;
using ConnectionStatus = SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;
using ReferralStatus = SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;

namespace SocialPrescribing.Referrals.Seeding;

/// <summary>How the demo files' codes and states read in this service's domain.</summary>
internal static class SeedMapping
{
    private static readonly Dictionary<string, AccessibilityNeed> AccessibilityCodes = new(StringComparer.Ordinal)
    {
        ["parking"] = AccessibilityNeed.AccessibleParking,
        ["bsl-interpreter"] = AccessibilityNeed.BritishSignLanguage,
    };

    private static readonly ReferralStatus[] MainPath =
        [ReferralStatus.Contacted, ReferralStatus.Assessed, ReferralStatus.Connecting, ReferralStatus.Connected, ReferralStatus.FollowUp];

    public static IEnumerable<AccessibilityNeed> Accessibility(IEnumerable<string> codes) =>
        codes.Select(code => AccessibilityCodes.TryGetValue(code, out var need) ? need
                : Enum.TryParse<AccessibilityNeed>(code.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) ? parsed
                : (AccessibilityNeed?)null)
            .OfType<AccessibilityNeed>();

    public static Sex? SexOf(string? gender) => gender switch
    {
        "female" => Sex.Female,
        "male" => Sex.Male,
        _ => null,
    };

    public static TDomain Same<TDomain>(Enum seed) where TDomain : struct, Enum => Enum.Parse<TDomain>(seed.ToString());

    /// <summary>The open steps a seeded referral went through, up to its status (or to where it closed from).</summary>
    public static IEnumerable<ReferralStatus> StepsTo(ReferralSeed referral)
    {
        var last = referral.Status == Seeds.Model.ReferralStatus.Closed
            ? referral.ClosureReason switch
            {
                Seeds.Model.ClosureReason.Completed => ReferralStatus.FollowUp,
                Seeds.Model.ClosureReason.UnableToContact => ReferralStatus.Contacted,
                _ => referral.Connections.Count > 0 ? ReferralStatus.Connected : ReferralStatus.Contacted,
            }
            : Same<ReferralStatus>(referral.Status);
        return MainPath.TakeWhile(step => step <= last);
    }

    /// <summary>The steps from Suggested to a seeded connection's status, each with the reason it needs.</summary>
    public static IEnumerable<(ConnectionStatus To, string? Reason)> StepsTo(ConnectionSeed connection) =>
        connection.Status switch
        {
            Seeds.Model.ConnectionStatus.Suggested => [],
            Seeds.Model.ConnectionStatus.Requested => [(ConnectionStatus.Requested, null)],
            Seeds.Model.ConnectionStatus.Accepted => [(ConnectionStatus.Requested, null), (ConnectionStatus.Accepted, null)],
            Seeds.Model.ConnectionStatus.Declined => [(ConnectionStatus.Requested, null), (ConnectionStatus.Declined, connection.Reason ?? "No reason recorded in the demo seeds.")],
            Seeds.Model.ConnectionStatus.Expired => [(ConnectionStatus.Requested, null), (ConnectionStatus.Expired, null)],
            Seeds.Model.ConnectionStatus.Attended => [(ConnectionStatus.Requested, null), (ConnectionStatus.Accepted, null), (ConnectionStatus.Attended, null)],
            Seeds.Model.ConnectionStatus.Finished => [(ConnectionStatus.Requested, null), (ConnectionStatus.Accepted, null), (ConnectionStatus.Attended, null), (ConnectionStatus.Finished, null)],
            _ => [(ConnectionStatus.Requested, null), (ConnectionStatus.Accepted, null), (ConnectionStatus.DroppedOut, connection.Reason)],
        };
}
