using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>The words each survey opens with and the message for a question left unanswered.</summary>
public static class SurveyText
{
    public static string Title(SurveyView survey) => survey.Kind switch
    {
        "AfterActivity" => $"Tell us about {survey.ActivityName ?? "your activity"}",
        "Closing" => "Tell us about the support you got",
        _ => "Tell us how things are for you as a carer",
    };

    public static string Introduction(SurveyView survey) => survey.Kind switch
    {
        "AfterActivity" => "Your social prescribing link worker put you in touch with this activity. Tell us how it went: it helps the people who run it, and helps us suggest good activities to others.",
        "Closing" => "Your time with your social prescribing link worker has come to an end. Tell us how the support felt to you, so that we can make it better.",
        _ => "You told us you look after someone. Tell us how things are for you, so that we know whether carers get the support they need.",
    };

    public static string NotAnswered(SurveyView survey) => survey.Kind switch
    {
        "AfterActivity" => "Select how you would rate the activity",
        "Closing" => "Select how much you agree",
        _ => "Select the answer closest to how you feel",
    };
}
