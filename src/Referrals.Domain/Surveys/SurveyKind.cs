namespace SocialPrescribing.Referrals.Domain.Surveys;

/// <summary>Which experience survey a single-use link opens.</summary>
public enum SurveyKind
{
    /// <summary>After the person attended an activity: a rating and what helped, in their own words.</summary>
    AfterActivity,

    /// <summary>When the referral closes as completed: National Voices-style "I statements".</summary>
    Closing,

    /// <summary>When a carer's referral closes as completed: quality of life, modelled on the Survey of Adult Carers in England.</summary>
    Carer,

    /// <summary>At the follow-up review agreed in the plan: SWEMWBS's seven statements, kept as the person's follow-up measurement.</summary>
    FollowUpWellbeing,
}
