using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>Money invested in a programme for a period: added ("new"), or corrected when it was entered wrongly.</summary>
public sealed class InvestmentModel(SroiClient sroi) : ServicePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The investment being corrected; null when adding one.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? InvestmentId { get; set; }

    [BindProperty]
    public InvestmentInput Input { get; set; } = new();

    public string? ProgrammeName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(fill: true, cancellationToken))
        {
            return Problem is null ? NotFound() : Page();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(fill: false, cancellationToken))
        {
            return Problem is null ? NotFound() : Page();
        }
        var investment = new InvestmentRequest(Input.From.GetValueOrDefault(), Input.To.GetValueOrDefault(), Input.Amount.GetValueOrDefault(), Input.Note?.Trim());
        if (ModelState.IsValid
            && await TryChangeAsync<InvestmentInput>(() => sroi.SaveInvestmentAsync(Id, InvestmentId, investment, cancellationToken),
                InvestmentId is null ? "The money was not added" : "The money was not changed"))
        {
            TempData[nameof(ProgrammeModel.Done)] = InvestmentId is null ? "The money invested is added." : "The money invested is changed.";
            return Redirect($"/reports/programmes/{Id}");
        }
        return Page();
    }

    /// <summary>False when the programme or investment is not there (or, with a problem, could not be loaded).</summary>
    private async Task<bool> LoadAsync(bool fill, CancellationToken cancellationToken)
    {
        var programmes = await TryLoadAsync(() => sroi.ProgrammesAsync(cancellationToken), "The programme");
        ProgrammeName = programmes?.FirstOrDefault(p => p.Id == Id)?.Name;
        if (ProgrammeName is null || InvestmentId is not { } investmentId)
        {
            return ProgrammeName is not null;
        }
        var investments = await TryLoadAsync(() => sroi.InvestmentsAsync(Id, cancellationToken), "The money invested");
        if (investments?.FirstOrDefault(i => i.Id == investmentId) is not { } investment)
        {
            return false;
        }
        if (fill)
        {
            Input = new InvestmentInput { From = investment.From, To = investment.To, Amount = investment.Amount, Note = investment.Note };
        }
        return true;
    }
}
