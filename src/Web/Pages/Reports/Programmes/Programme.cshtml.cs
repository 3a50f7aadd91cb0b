using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>One programme: its name, which can be changed, and the money invested in it, each of which can be corrected.</summary>
public sealed class ProgrammeModel(SroiClient sroi, DirectoryClient directory) : ServicePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public ProgrammeResponse? Programme { get; private set; }
    public string? Organisation { get; private set; }
    public IReadOnlyList<ProgrammeInvestmentResponse> Investments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Problem is null ? NotFound() : Page();
        }
        Input.Name = Programme!.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The organisation is not changed here: only the name is on the form.
        ModelState.Remove($"{nameof(Input)}.{nameof(ProgrammeInput.OrganisationId)}");
        if (!await LoadAsync(cancellationToken))
        {
            return Problem is null ? NotFound() : Page();
        }
        if (ModelState.IsValid
            && await TryChangeAsync<ProgrammeInput>(() => sroi.RenameProgrammeAsync(Programme!, Input.Name!.Trim(), cancellationToken), "The name was not changed"))
        {
            Done = $"The programme is now called {Input.Name!.Trim()}.";
            return Redirect($"/reports/programmes/{Id}");
        }
        return Page();
    }

    /// <summary>False when the programme is not there (or, with <see cref="ServicePageModel.Problem"/> set, could not be loaded).</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var programmes = await TryLoadAsync(() => sroi.ProgrammesAsync(cancellationToken), "The programme");
        Programme = programmes?.FirstOrDefault(p => p.Id == Id);
        if (Programme is null)
        {
            return false;
        }
        Organisation = await OrganisationNames.NameAsync(directory, Programme.OrganisationId, cancellationToken);
        Investments = await TryLoadAsync(() => sroi.InvestmentsAsync(Id, cancellationToken), "The money invested") ?? [];
        return true;
    }
}
