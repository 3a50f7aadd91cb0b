namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// The directory's taxonomy of needs and activity types. The directory owns it: a referral records the
/// directory's term ids, and checks them here when it saves them.
/// </summary>
public interface ITaxonomyTerms
{
    /// <summary>The taxonomy ("needs", "activity-types") of each of the ids the directory knows; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> TaxonomiesOfAsync(IReadOnlyCollection<Guid> termIds, CancellationToken cancellationToken);
}
