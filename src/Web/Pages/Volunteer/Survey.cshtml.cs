using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// The quarterly survey: "I feel useful", "I feel supported" and the volunteer's own words, one question a page,
/// then check answers and a confirmation. Answers so far are kept in the volunteer's (protected) temp-data cookie,
/// never in the address, so nothing typed is lost between pages nor written to a log.
/// </summary>
public sealed class SurveyModel(VolunteeringClient volunteering) : ServicePageModel
{
    private const string DraftKey = "VolunteerSurvey";

    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    /// <summary>Whether the volunteer came from check answers to change one answer: they go back there.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    public string Question { get; private set; } = SurveyQuestions.Useful;

    [TempData]
    public string? Done { get; set; }

    public SurveyStatusResponse? Status { get; private set; }

    public string BackHref => Change ? $"/volunteer/survey/{SurveyQuestions.Check}" : Question switch
    {
        SurveyQuestions.Supported => $"/volunteer/survey/{SurveyQuestions.Useful}",
        SurveyQuestions.Comments => $"/volunteer/survey/{SurveyQuestions.Supported}",
        SurveyQuestions.Check => $"/volunteer/survey/{SurveyQuestions.Comments}",
        _ => "/",
    };

    public async Task<IActionResult> OnGetAsync(string? step, CancellationToken cancellationToken)
    {
        Question = step ?? SurveyQuestions.Useful;
        if (Question == SurveyQuestions.Done)
        {
            return Done is null ? Redirect("/") : Page();
        }
        if (!SurveyQuestions.Pages.Contains(Question))
        {
            return NotFound();
        }
        Input = Draft();
        if (Question == SurveyQuestions.Check && SurveyQuestions.FirstUnanswered(Input) is var missing && missing != SurveyQuestions.Check)
        {
            return Redirect($"/volunteer/survey/{missing}");
        }
        Status = await TryLoadAsync(() => volunteering.SurveyStatusAsync(User.VolunteerId(), cancellationToken), "The survey");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? step, CancellationToken cancellationToken)
    {
        Question = step ?? SurveyQuestions.Useful;
        if (!SurveyQuestions.Pages.Contains(Question))
        {
            return NotFound();
        }
        var draft = Draft();
        ModelState.Clear();
        switch (Question)
        {
            case SurveyQuestions.Useful:
                draft.Useful = Input.Useful;
                Require(draft.Useful, nameof(SurveyInput.Useful), "Select how much you agree that you feel useful");
                break;
            case SurveyQuestions.Supported:
                draft.Supported = Input.Supported;
                Require(draft.Supported, nameof(SurveyInput.Supported), "Select how much you agree that you feel supported");
                break;
            case SurveyQuestions.Comments:
                draft.Comments = Input.Comments;
                if (draft.Comments is { Length: > SurveyInput.CommentsMaxLength })
                {
                    ModelState.AddModelError($"Input.{nameof(SurveyInput.Comments)}", $"What you tell us must be {SurveyInput.CommentsMaxLength} characters or fewer");
                }
                break;
            default:
                return await SendAsync(draft, cancellationToken);
        }
        Keep(draft);
        Input = draft;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var next = Change ? SurveyQuestions.Check : SurveyQuestions.After(Question);
        return Redirect($"/volunteer/survey/{next}");
    }

    private async Task<IActionResult> SendAsync(SurveyInput draft, CancellationToken cancellationToken)
    {
        Input = draft;
        if (SurveyQuestions.FirstUnanswered(draft) is var missing && missing != SurveyQuestions.Check)
        {
            return Redirect($"/volunteer/survey/{missing}");
        }
        SurveyAnswerResponse? sent = null;
        if (await TryChangeAsync<SurveyInput>(async () => sent = await volunteering.AnswerSurveyAsync(User.VolunteerId(),
                new SurveyAnswerRequest(draft.Useful, draft.Supported, string.IsNullOrWhiteSpace(draft.Comments) ? null : draft.Comments), cancellationToken),
                "Your answers were not sent"))
        {
            TempData.Remove(DraftKey);
            Done = sent!.QuarterName;
            return Redirect($"/volunteer/survey/{SurveyQuestions.Done}");
        }
        Keep(draft);
        return Page();
    }

    private void Require(string? answer, string field, string message)
    {
        if (SurveyQuestions.Label(answer) is null)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }
    }

    private SurveyInput Draft() =>
        TempData.Peek(DraftKey) is string json ? JsonSerializer.Deserialize<SurveyInput>(json) ?? new SurveyInput() : new SurveyInput();

    private void Keep(SurveyInput draft) => TempData[DraftKey] = JsonSerializer.Serialize(draft);
}
