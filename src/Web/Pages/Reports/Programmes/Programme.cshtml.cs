using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>
/// One programme: its name, which can be changed, and the money invested in it, each of which can be corrected.
/// The version read when the page opened goes back with a new name, so another commissioner's change is not overwritten unseen.
/// </summary>
public sealed class ProgrammeModel(SroiClient sroi, DirectoryClient directory) : ServicePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    /// <summary>The ETag of the programme as the page showed it.</summary>
    [BindProperty]
    public string? Version { get; set; }

    [TempData]
    public string? Done { get; set; }

    public ProgrammeResponse? Programme { get; private set; }
    public string? Organisation { get; private set; }
    public IReadOnlyList<ProgrammeInvestmentResponse> Investments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } current)
        {
            return Problem is null ? NotFound() : Page();
        }
        Input.Name = Programme!.Name;
        Version = current.ETag;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The organisation is not changed here: only the name is on the form.
        ModelState.Remove($"{nameof(Input)}.{nameof(ProgrammeInput.OrganisationId)}");
        if (await LoadAsync(cancellationToken) is not { } current)
        {
            return Problem is null ? NotFound() : Page();
        }
        try
        {
            if (ModelState.IsValid
                && await TryChangeAsync<ProgrammeInput>(() => sroi.RenameProgrammeAsync(Programme!, Input.Name!.Trim(), Version ?? "", cancellationToken), "The name was not changed"))
            {
                Done = $"The programme is now called {Input.Name!.Trim()}.";
                return Redirect($"/reports/programmes/{Id}");
            }
        }
        catch (StaleEditException)
        {
            // What this person typed stays; saving again replaces the other change knowingly.
            Problem = $"The name was not changed because someone else changed the programme since you opened this page: it is now called {Programme!.Name}. Save again to use your name instead.";
            ModelState.Clear();
            Version = current.ETag;
        }
        return Page();
    }

    /// <summary>Null when the programme is not there (or, with <see cref="ServicePageModel.Problem"/> set, could not be loaded).</summary>
    private async Task<Versioned<ProgrammeResponse>?> LoadAsync(CancellationToken cancellationToken)
    {
        Versioned<ProgrammeResponse>? current;
        try
        {
            current = await TryLoadAsync(() => sroi.ProgrammeAsync(Id, cancellationToken), "The programme");
        }
        catch (RecordNotFoundException)
        {
            return null;
        }
        if (current is null)
        {
            return null;
        }
        Programme = current.Value;
        Organisation = await OrganisationNames.NameAsync(directory, Programme.OrganisationId, cancellationToken);
        Investments = await TryLoadAsync(() => sroi.InvestmentsAsync(Id, cancellationToken), "The money invested") ?? [];
        return current;
    }
}
