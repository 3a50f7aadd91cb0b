using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>The words each survey opens with and the message for a question left unanswered.</summary>
public static class SurveyText
{
    public static string Title(SurveyView survey) => survey.Kind switch
    {
        SurveyKinds.AfterActivity => $"Tell us about {survey.ActivityName ?? "your activity"}",
        SurveyKinds.Closing => "Tell us about the support you got",
        SurveyKinds.FollowUpWellbeing => "How you have been feeling",
        _ => "Tell us how things are for you as a carer",
    };

    public static string Introduction(SurveyView survey) => survey.Kind switch
    {
        SurveyKinds.AfterActivity => "Your social prescribing link worker put you in touch with this activity. Tell us how it went: it helps the people who run it, and helps us suggest good activities to others.",
        SurveyKinds.Closing => "Your time with your social prescribing link worker has come to an end. Tell us how the support felt to you, so that we can make it better.",
        SurveyKinds.FollowUpWellbeing => "When you started with your social prescribing link worker, you told them how you had been feeling. This is the follow-up you agreed: the same statements again, so that you and your link worker can see what has changed.",
        _ => "You told us you look after someone. Tell us how things are for you, so that we know whether carers get the support they need.",
    };

    /// <summary>Who sees the answers: the follow-up is kept on the person's referral; the others are counted without names.</summary>
    public static string HowWeUse(SurveyView survey) => survey.Kind switch
    {
        SurveyKinds.AfterActivity => "Your answers are not shown with your name. We count them with everyone else's to see how well the service works, and the organisation that runs the activity sees your rating and what you write, without your name.",
        SurveyKinds.FollowUpWellbeing => "Your answers are kept with your referral, as the ones you gave at the start were. Your link worker sees them, and they are counted, without your name, with everyone else's to see how well the service works.",
        _ => "Your answers are not shown with your name. We count them with everyone else's to see how well the service works.",
    };

    /// <summary>After sending: the follow-up goes to the person's link worker; the others are only counted.</summary>
    public static string WhatHappensNext(SurveyView? survey) => survey?.Kind switch
    {
        SurveyKinds.FollowUpWellbeing => "Your answers are kept with your referral. Your link worker will see them and may talk them through with you when you next speak.",
        _ => "We count your answers with everyone else's to see how well social prescribing works and what to improve. Nobody will contact you about them.",
    };

    public static string NotAnswered(SurveyView survey) => survey.Kind switch
    {
        SurveyKinds.AfterActivity => "Select how you would rate the activity",
        SurveyKinds.Closing => "Select how much you agree",
        SurveyKinds.FollowUpWellbeing => "Select how often you have felt this way",
        _ => "Select the answer closest to how you feel",
    };
}
