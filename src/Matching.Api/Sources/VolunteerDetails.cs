using System.Globalization;
using SocialPrescribing.Contracts.Volunteering;
using SocialPrescribing.Matching.Configuration;

namespace SocialPrescribing.Matching.Sources;

/// <summary>Copies what the matcher uses of an available volunteer into its read-model row.</summary>
internal static class VolunteerDetails
{
    public static void CopyTo(AvailableVolunteer source, VolunteerReadModel row, MatchingReference reference, DateTimeOffset now)
    {
        row.PostcodeDistrict = source.PostcodeDistrict.Trim().ToUpperInvariant();
        row.Roles = [.. source.Roles];
        row.Languages = [.. source.Languages.Select(LanguageCodes.Normalise).Distinct()];
        row.InterestTermIds = [.. source.InterestTermIds.Select(reference.TermIdOf).Distinct(StringComparer.OrdinalIgnoreCase)];
        row.Availability = [.. source.Availability.Select(s => WeeklyTimes.Session(WeeklyTimes.FromIsoDay(s.Day), s.Start, s.End)).OfType<WeeklySession>().Distinct()];
        row.CaseloadLimit = Math.Max(0, source.CaseloadLimit);
        row.FreeCaseload = Math.Clamp(source.FreeCaseload, 0, row.CaseloadLimit);
        // A check past its renewal date is the same as none for the DBS rule, which reads the date.
        row.DbsLevel = source.Dbs?.Level;
        row.DbsValidUntil = source.Dbs is { } dbs ? DateOf(dbs.RenewBy) : null;
        row.Trainings = [.. source.Trainings.Select(t => new TrainingHeld(t.Code, DateOf(t.ValidUntil)))];
        row.WillDoHomeVisits = source.WillDoHomeVisits;
        row.MaxTravelKm = source.HasMaxTravelKm ? source.MaxTravelKm : null;
        row.SyncedAt = now;
    }

    private static DateOnly? DateOf(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
