using SocialPrescribing.Compliance;

namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// A volunteer: who they are, where they live (district only), what they offer, when they are free,
/// how many people they can support at once, the organisations they volunteer with and their checks.
/// </summary>
public sealed class Volunteer
{
    public Guid Id { get; init; }
    [PersonalData] public required string FirstName { get; set; }
    [PersonalData] public required string LastName { get; set; }
    [PersonalData] public string? Email { get; set; }
    [PersonalData] public string? Phone { get; set; }
    public required string PostcodeDistrict { get; set; }
    public List<string> Languages { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<string> InterestTermIds { get; set; } = [];
    public List<string> Roles { get; set; } = [];
    public List<WeeklySlot> Availability { get; set; } = [];
    public int CaseloadLimit { get; set; }

    /// <summary>People the volunteer supports now; kept by connection events from the referrals service.</summary>
    public int CurrentCaseload { get; set; }

    public bool WillDoHomeVisits { get; set; }
    public double? MaxTravelKm { get; set; }
    public List<Guid> OrganisationIds { get; set; } = [];
    [PersonalData] public DbsCheck? Dbs { get; set; }
    public List<Training> Trainings { get; set; } = [];
    /// <summary>How the volunteer wants reminders (their DBS renewal); chosen by them on their profile.</summary>
    public ReminderPreference Reminders { get; set; } = ReminderPreference.Email;

    public DateOnly StartedOn { get; set; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    public int FreeCaseload => Math.Max(0, CaseloadLimit - CurrentCaseload);

    public bool VolunteersWith(Guid organisationId) => OrganisationIds.Contains(organisationId);
}
