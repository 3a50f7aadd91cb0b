namespace SocialPrescribing.Volunteering.Model;

/// <summary>A volunteer as the matcher needs them: where, in which roles, and how much room they have.</summary>
public sealed class Volunteer
{
    public Guid Id { get; init; }
    public required string PostcodeDistrict { get; set; }
    public List<string> Roles { get; set; } = [];
    public int CaseloadLimit { get; set; }
    public int CurrentCaseload { get; set; }

    public int FreeCaseload => Math.Max(0, CaseloadLimit - CurrentCaseload);
}
