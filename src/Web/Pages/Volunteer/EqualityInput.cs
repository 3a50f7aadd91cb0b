namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>A volunteer's optional equality answers, in the order the form asks them, and their consent to keeping them.</summary>
public sealed class EqualityInput
{
    public string? AgeBand { get; set; }
    public string? Ethnicity { get; set; }
    public string? Disability { get; set; }
    public bool Consent { get; set; }
}
