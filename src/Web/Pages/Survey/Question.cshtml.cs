using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Survey;

/// <summary>
/// One question on its own page (NHS.UK question pages): the answer is kept with the others in the person's browser
/// until they send them all from the check page. From the check page's "Change" link, it goes back there.
/// </summary>
public sealed class QuestionModel(SurveysClient surveys, SurveyDraft draft) : SurveyPageModel(surveys, draft)
{
    [FromRoute]
    public int Number { get; set; }

    [FromQuery]
    public bool Change { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public SurveyQuestion Question => Survey.Questions[Number - 1];

    public string BackHref => Change ? Href("/check") : Number == 1 ? Href() : QuestionHref(Number - 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadOpenQuestionAsync(cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }
        Answer = Draft.Read(HttpContext).GetValueOrDefault(Question.Key);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadOpenQuestionAsync(cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }
        Answer = Answer?.Trim();
        if (Problem() is { } problem)
        {
            ModelState.AddModelError(nameof(Answer), problem);
            return Page();
        }
        var answers = Draft.Read(HttpContext);
        answers[Question.Key] = Answer;
        Draft.Write(HttpContext, Token, answers);
        return Redirect(Change || Number == Survey.Questions.Count ? Href("/check") : QuestionHref(Number + 1));
    }

    private string? Problem() => Question switch
    {
        { IsText: true } when Answer?.Length > SurveyQuestion.MaxTextLength => $"What you write must be {SurveyQuestion.MaxTextLength} characters or fewer",
        { IsText: true } => null,
        _ when Question.Choices.Any(c => c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == Answer) => null,
        { Optional: true } when string.IsNullOrEmpty(Answer) => null,
        _ => SurveyText.NotAnswered(Survey),
    };

    /// <summary>Null when the question can be asked; otherwise where to go instead (the survey's first page tells why it is closed).</summary>
    private async Task<IActionResult?> LoadOpenQuestionAsync(CancellationToken cancellationToken)
    {
        if (!await TryLoadAsync(cancellationToken) || !Survey.IsOpen)
        {
            return Redirect(Href());
        }
        return Number < 1 || Number > Survey.Questions.Count ? NotFound() : null;
    }
}
