using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>A VCSE manager's yearly survey of the partnership, for their own organisation: asked until it is answered that year.</summary>
[Authorize(Roles = Roles.VcseManager)]
public sealed class PartnerSurveyModel(PartnerSurveyClient survey) : VcsePageModel
{
    [BindProperty]
    public PartnerSurveyInput Input { get; set; } = new();

    public PartnerSurveyStatus? Status { get; private set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>The directory's wording of a statement, by its field name.</summary>
    public string Statement(string field) => Status?.Statements.FirstOrDefault(s => s.Field == field)?.Text ?? field;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Status = await TryLoadAsync(() => survey.StatusAsync(cancellationToken), "The survey");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid
            && await TryChangeAsync<PartnerSurveyInput>(() => survey.AnswerAsync(Input.ToRequest(), cancellationToken), "Your answers were not sent"))
        {
            Done = "Thank you: your answers are sent.";
            return RedirectToPage();
        }
        Status = await TryLoadAsync(() => survey.StatusAsync(cancellationToken), "The survey");
        return Page();
    }
}
