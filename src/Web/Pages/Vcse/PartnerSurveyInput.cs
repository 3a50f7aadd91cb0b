using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>The yearly partners' survey: how far the organisation agrees with each statement, and anything to add.</summary>
public sealed class PartnerSurveyInput
{
    public const int CommentsMaxLength = 4000;

    [Required(ErrorMessage = "Select how far you agree about your relationship with commissioners")]
    public string? RelationshipWithCommissioners { get; set; }

    [Required(ErrorMessage = "Select how far you agree that you are able to add value")]
    public string? AbleToAddValue { get; set; }

    [Required(ErrorMessage = "Select how far you agree that the referrals you receive are appropriate")]
    public string? ReferralsAppropriate { get; set; }

    [Required(ErrorMessage = "Select how far you agree that you have the funding and capacity you need")]
    public string? FundingAndCapacity { get; set; }

    [StringLength(CommentsMaxLength, ErrorMessage = "Comments must be 4,000 characters or fewer")]
    public string? Comments { get; set; }

    /// <summary>The agreement scale, as the directory names its answers.</summary>
    public static IReadOnlyList<Choice> Scale { get; } =
    [
        new("strongly-agree", "Strongly agree"),
        new("agree", "Agree"),
        new("neither-agree-nor-disagree", "Neither agree nor disagree"),
        new("disagree", "Disagree"),
        new("strongly-disagree", "Strongly disagree"),
    ];

    /// <summary>The answers as the directory takes them; a value not on the scale goes as none, which the directory refuses.</summary>
    public PartnerSurveyRequest ToRequest() => new(
        WireNames.Parse<Agreement>(RelationshipWithCommissioners),
        WireNames.Parse<Agreement>(AbleToAddValue),
        WireNames.Parse<Agreement>(ReferralsAppropriate),
        WireNames.Parse<Agreement>(FundingAndCapacity),
        string.IsNullOrWhiteSpace(Comments) ? null : Comments.Trim());
}
