using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>The survey year a VCSE partners' report covers.</summary>
public sealed class PartnerSurveyReportInput
{
    [Required(ErrorMessage = "Select the survey year")]
    public int? Year { get; set; }

    /// <summary>The years offered, this one first (the directory refuses years to come).</summary>
    public static IReadOnlyList<int> Years(DateOnly today) => [.. Enumerable.Range(0, 5).Select(back => today.Year - back)];
}
