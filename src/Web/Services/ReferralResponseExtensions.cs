namespace SocialPrescribing.Web.Services;

/// <summary>What the link worker's pages say of the referrals service's answers.</summary>
public static class ReferralResponseExtensions
{
    extension(PersonSummary person)
    {
        public string Name => $"{person.GivenName} {person.FamilyName}";

        /// <summary>The consent to share with the provider that stands now, if any.</summary>
        public ConsentEntry? ConsentToShareWith(Guid? providerId) =>
            person.Consents?.LastOrDefault(c => c.ProviderId is not null && c.ProviderId == providerId && c.WithdrawnAt is null);

        public ConsentEntry? ConsentToTheService => person.Consents?.LastOrDefault(c => c.ProviderId is null && c.WithdrawnAt is null);

        public bool ServiceConsentWithdrawn => person.Consents?.LastOrDefault(c => c.ProviderId is null) is { WithdrawnAt: not null };
    }

    extension(Referral referral)
    {
        public bool IsOpen => referral.Status != ReferralStatuses.Closed;

        /// <summary>The person referred themselves on the public web (such a referral starts awaiting triage).</summary>
        public bool SelfReferredOnline => (referral.History.Count > 0 ? referral.History[0].From : referral.Status) == ReferralStatuses.AwaitingTriage;
    }

    extension(Connection connection)
    {
        /// <summary>What the referrals service recorded it as (the directory's name for an activity), else its kind and id.</summary>
        public string Name => connection.TargetName
            ?? $"{(connection.TargetKind == TargetKinds.Volunteer ? "A volunteer" : "An activity")} ({connection.TargetId.ToString()[..8]})";
    }
}
