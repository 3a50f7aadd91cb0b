namespace SocialPrescribing.Seeds.Model;

/// <summary>A volunteer with where they live (district only), what they offer and the checks they hold.</summary>
/// <param name="InterestTermIds">Need and activity-type term ids the volunteer is interested in.</param>
/// <param name="Dbs">Null for roles that need no check.</param>
public sealed record VolunteerSeed(
    string Id,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string PostcodeDistrict,
    string? Gender,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> InterestTermIds,
    IReadOnlyList<VolunteerRole> Roles,
    IReadOnlyList<AvailabilitySlot> Availability,
    int CaseloadLimit,
    IReadOnlyList<string> OrganisationIds,
    DbsCheckSeed? Dbs,
    IReadOnlyList<TrainingSeed> Trainings,
    bool WillDoHomeVisits,
    double? MaxTravelKm,
    DateOnly StartedOn);

/// <summary>A weekly free time: a day ("MO".."SU") and a time range on it.</summary>
public sealed record AvailabilitySlot(string Day, TimeOnly Start, TimeOnly End)
{
    public DayOfWeek DayOfWeek => Weekdays.Parse(Day);
}

/// <summary>A Disclosure and Barring Service check and the date by which the organisation renews it.</summary>
/// <param name="CertificateNumber">Twelve digits; demo numbers start "00", never issued.</param>
public sealed record DbsCheckSeed(DbsLevel Level, string CertificateNumber, DateOnly IssuedOn, DateOnly RenewBy)
{
    public bool IsInDate(DateOnly on) => on <= RenewBy;
}

/// <param name="ValidUntil">Null for training that never needs renewing.</param>
public sealed record TrainingSeed(string Code, string Name, DateOnly CompletedOn, DateOnly? ValidUntil);

/// <summary>Disclosure and Barring Service check levels, weakest first.</summary>
public enum DbsLevel
{
    Basic,
    Standard,
    Enhanced,
    EnhancedWithBarredLists,
}

public enum VolunteerRole
{
    Befriender,
    ActivityBuddy,
    Driver,
    GroupHelper,
    PeerSupporter,
}
