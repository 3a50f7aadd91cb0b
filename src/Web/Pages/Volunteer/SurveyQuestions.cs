using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>The survey's pages in order, one question each (so a phone shows one at a time), then check answers.</summary>
public static class SurveyQuestions
{
    public const string Useful = "useful";
    public const string Supported = "supported";
    public const string Comments = "comments";
    public const string Check = "check";
    public const string Done = "done";

    public static readonly IReadOnlyList<string> Pages = [Useful, Supported, Comments, Check];

    public static string After(string page) => Pages[Pages.ToList().IndexOf(page) + 1];

    /// <summary>The five-point agree scale, as the volunteering service names each answer.</summary>
    public static readonly IReadOnlyList<Choice> AgreeScale =
    [
        new("strongly-agree", "Strongly agree"),
        new("agree", "Agree"),
        new("neither-agree-nor-disagree", "Neither agree nor disagree"),
        new("disagree", "Disagree"),
        new("strongly-disagree", "Strongly disagree"),
    ];

    public static string? Label(string? answer) => AgreeScale.FirstOrDefault(c => c.Value == answer)?.Label;

    public static string Heading(string page) => page switch
    {
        Useful => "I feel useful when I volunteer",
        Supported => "I feel supported when I volunteer",
        Comments => "Is there anything else you want to tell us about volunteering? (optional)",
        _ => "Check your answers before sending them",
    };

    /// <summary>The first question not yet answered: where the survey starts again after a break.</summary>
    public static string FirstUnanswered(SurveyInput answers) =>
        Label(answers.Useful) is null ? Useful : Label(answers.Supported) is null ? Supported : Check;
}
