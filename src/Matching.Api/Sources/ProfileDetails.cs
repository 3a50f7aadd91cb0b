using SocialPrescribing.Contracts.Referrals;
using SocialPrescribing.Matching.Configuration;

namespace SocialPrescribing.Matching.Sources;

/// <summary>Copies a referral's matching profile, as the referrals service gives it, into the read-model row.</summary>
internal static class ProfileDetails
{
    public static void CopyTo(MatchingProfile source, ReferralProfileReadModel row, MatchingReference reference, DateTimeOffset now)
    {
        row.TeamId = Guid.TryParse(source.TeamId, out var team) ? team : null;
        row.PostcodeDistrict = source.PostcodeDistrict.Trim().ToUpperInvariant();
        row.TermIds = [.. source.NeedTermIds.Concat(source.InterestTermIds).Select(reference.TermIdOf).Distinct(StringComparer.OrdinalIgnoreCase)];
        row.Languages = [.. source.Languages.Select(LanguageCodes.Normalise).Distinct()];
        row.AccessibilityNeeds = [.. source.AccessibilityNeeds];
        row.FreeTimes = [.. source.Availability.Select(s => WeeklyTimes.Session(WeeklyTimes.FromIsoDay(s.Day), s.Start, s.End)).OfType<WeeklySession>().Distinct()];
        row.Age = source.Age;
        row.MaxTravelKm = source.HasMaxTravelKm ? source.MaxTravelKm : null;
        row.IsCarer = source.IsCarer;
        row.ConnectedCandidateIds = [.. source.ConnectedCandidateIds.Select(id => Guid.TryParse(id, out var candidate) ? candidate : Guid.Empty).Where(id => id != Guid.Empty).Distinct()];
        row.Status = source.Status;
        row.FetchedAt = now;
        if (row.WaitingSince == default)
        {
            row.WaitingSince = now;
        }
    }
}
