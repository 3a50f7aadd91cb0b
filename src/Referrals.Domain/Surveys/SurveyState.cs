namespace SocialPrescribing.Referrals.Domain.Surveys;

/// <summary>Whether a survey link can still be answered, as the survey page is told.</summary>
public enum SurveyState
{
    Open,
    Answered,
    Expired,
}
