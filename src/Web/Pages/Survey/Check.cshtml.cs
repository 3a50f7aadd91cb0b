using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>Every answer on one page, each with a way to change it; sending them answers the link, once.</summary>
public sealed class CheckModel(SurveysClient surveys, SurveyDraft draft) : SurveyPageModel(surveys, draft)
{
    public IReadOnlyDictionary<string, string?> Answers { get; private set; } = new Dictionary<string, string?>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAnswersAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAnswersAsync(cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }
        try
        {
            await Surveys.AnswerAsync(Token, Answers, cancellationToken);
            Draft.Clear(HttpContext, Token);
            return Redirect(Href("/done"));
        }
        catch (ServiceValidationException e) when (e.Errors.ContainsKey("status"))
        {
            // Answered (perhaps in another tab) or expired meanwhile: the first page says which.
            Draft.Clear(HttpContext, Token);
            return Redirect(Href());
        }
        catch (ServiceValidationException)
        {
            // The service's questions changed under the person: they answer the first one it now needs.
            return Redirect(QuestionHref(FirstUnanswered(new Dictionary<string, string?>()) ?? 1));
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            ModelState.AddModelError("", "Sorry, your answers could not be sent because of a problem with the service. They are kept: try again in a few minutes.");
            return Page();
        }
    }

    /// <summary>Null when the answers can be checked; otherwise the survey's first page (closed) or the first question still to answer.</summary>
    private async Task<IActionResult?> LoadAnswersAsync(CancellationToken cancellationToken)
    {
        if (!await TryLoadAsync(cancellationToken) || !Survey.IsOpen)
        {
            return Redirect(Href());
        }
        Answers = Draft.Read(HttpContext);
        return FirstUnanswered(Answers) is { } number ? Redirect(QuestionHref(number)) : null;
    }
}
