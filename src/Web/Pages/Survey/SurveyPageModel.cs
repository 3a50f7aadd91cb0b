using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>What the survey pages share: the link's token, the survey it opens and the answers so far.</summary>
public abstract class SurveyPageModel(SurveysClient surveys, SurveyDraft draft) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    public SurveyView Survey { get; private set; } = null!;

    public string? Unavailable { get; private set; }

    protected SurveysClient Surveys => surveys;

    protected SurveyDraft Draft => draft;

    public string Href(string rest = "") => $"/survey/{Uri.EscapeDataString(Token)}{rest}";

    public string QuestionHref(int number, bool change = false) => Href($"/question/{number}{(change ? "?change=true" : "")}");

    /// <summary>The survey, or false with the reason on the page when the service is not answering.</summary>
    protected async Task<bool> TryLoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Survey = await surveys.GetAsync(Token, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            Unavailable = "Sorry, the survey cannot be opened because of a problem with the service. Try again in a few minutes: your link still works.";
            return false;
        }
    }

    /// <summary>The first question not yet answered (optional ones count as answered), or null when all are.</summary>
    protected int? FirstUnanswered(IReadOnlyDictionary<string, string?> answers)
    {
        var index = Survey.Questions.ToList().FindIndex(q => !q.Optional && string.IsNullOrEmpty(answers.GetValueOrDefault(q.Key)));
        return index < 0 ? null : index + 1;
    }
}
