namespace SocialPrescribing.Matching.Model;

/// <summary>A volunteer who can take people on now, mirrored from the volunteering service's available-volunteers snapshot.</summary>
public sealed class VolunteerReadModel
{
    public Guid VolunteerId { get; init; }
    public string PostcodeDistrict { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public List<string> InterestTermIds { get; set; } = [];
    public List<WeeklySession> Availability { get; set; } = [];
    public int CaseloadLimit { get; set; }
    public int FreeCaseload { get; set; }

    /// <summary>"basic", "standard", "enhanced" or "enhanced-with-barred-lists"; null without a check.</summary>
    public string? DbsLevel { get; set; }
    public DateOnly? DbsValidUntil { get; set; }
    public List<TrainingHeld> Trainings { get; set; } = [];
    public bool WillDoHomeVisits { get; set; }
    public double? MaxTravelKm { get; set; }
    public DateTimeOffset SyncedAt { get; set; }
}

/// <summary>A training course a volunteer holds; null <see cref="ValidUntil"/> for never needing renewal.</summary>
public sealed record TrainingHeld(string Code, DateOnly? ValidUntil);
