namespace SocialPrescribing.Seeds;

/// <summary>Configuration a service is given with the demo, where its own would name real teams.</summary>
public static class DemoSettings
{
    /// <summary>The referrals service's <c>SelfReferrals:Teams:{teamId}</c>: each demo team's postcode districts, comma-separated.</summary>
    public static IEnumerable<KeyValuePair<string, string>> SelfReferralTeams(SeedCatalog catalog) =>
        catalog.Teams.Select(team => KeyValuePair.Create($"SelfReferrals:Teams:{SeedIds.ToGuid(team.Id)}", string.Join(',', team.Districts)));
}
