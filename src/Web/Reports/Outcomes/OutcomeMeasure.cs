namespace SocialPrescribing.Web.Reports.Outcomes;

/// <summary>
/// One figure on the commissioner's outcomes page and one row of its CSV: what it is, its value exactly as the
/// owning service gave it (counts under 5 already "&lt;5"), what it means, where it comes from and the period it covers.
/// </summary>
public sealed record OutcomeMeasure(string Section, string Name, string Value, string Definition, string Source, string Period);
