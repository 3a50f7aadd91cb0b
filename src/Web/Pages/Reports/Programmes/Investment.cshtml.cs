using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>
/// Money invested in a programme for a period: added ("new"), or corrected when it was entered wrongly. A correction
/// sends back the version the page showed, so one made by someone else meanwhile is not overwritten unseen.
/// </summary>
public sealed class InvestmentModel(SroiClient sroi) : ServicePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The investment being corrected; null when adding one.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? InvestmentId { get; set; }

    [BindProperty]
    public InvestmentInput Input { get; set; } = new();

    /// <summary>The ETag of the investment as the page showed it (empty when adding one).</summary>
    [BindProperty]
    public string? Version { get; set; }

    public string? ProgrammeName { get; private set; }

    /// <summary>The investment's version as the last load read it: the one a second save replaces knowingly.</summary>
    private string? _currentVersion;

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
        try
        {
            if (ModelState.IsValid
                && await TryChangeAsync<InvestmentInput>(() => InvestmentId is { } investmentId
                        ? sroi.CorrectInvestmentAsync(Id, investmentId, investment, Version ?? "", cancellationToken)
                        : sroi.AddInvestmentAsync(Id, investment, cancellationToken),
                    InvestmentId is null ? "The money was not added" : "The money was not changed"))
            {
                TempData[nameof(ProgrammeModel.Done)] = InvestmentId is null ? "The money invested is added." : "The money invested is changed.";
                return Redirect($"/reports/programmes/{Id}");
            }
        }
        catch (StaleEditException)
        {
            // What this person typed stays; saving again replaces the other correction knowingly.
            Problem = "The money was not changed because someone else corrected it since you opened this page. "
                + "Check the programme's page for what they entered, or save again to use your figures instead.";
            ModelState.Clear();
            Version = _currentVersion;
        }
        return Page();
    }

    /// <summary>False when the programme or investment is not there (or, with a problem, could not be loaded).</summary>
    private async Task<bool> LoadAsync(bool fill, CancellationToken cancellationToken)
    {
        try
        {
            ProgrammeName = (await TryLoadAsync(() => sroi.ProgrammeAsync(Id, cancellationToken), "The programme"))?.Value.Name;
            if (ProgrammeName is null || InvestmentId is not { } investmentId)
            {
                return ProgrammeName is not null;
            }
            if (await TryLoadAsync(() => sroi.InvestmentAsync(Id, investmentId, cancellationToken), "The money invested") is not { } current)
            {
                return false;
            }
            _currentVersion = current.ETag;
            if (fill)
            {
                var investment = current.Value;
                Input = new InvestmentInput { From = investment.From, To = investment.To, Amount = investment.Amount, Note = investment.Note };
                Version = _currentVersion;
            }
            return true;
        }
        catch (RecordNotFoundException)
        {
            return false;
        }
    }
}
