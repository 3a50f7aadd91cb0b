using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>Adding a programme: the organisation that runs it and its name.</summary>
public sealed class NewModel(SroiClient sroi, DirectoryClient directory) : ServicePageModel
{
    /// <summary>The service knows only organisations that record volunteering here.</summary>
    public const string UnknownOrganisation = "This organisation does not record volunteering here yet, so it cannot have a programme. Choose another organisation";

    [BindProperty]
    public ProgrammeInput Input { get; set; } = new();

    public IReadOnlyList<OrukOrganization> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await TryLoadAsync(() => directory.OrganisationsAsync(cancellationToken), "The list of organisations") ?? [];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ProgrammeResponse? created = null;
        if (ModelState.IsValid
            && await TryChangeAsync<ProgrammeInput>(async () => created = await sroi.CreateProgrammeAsync(Input.OrganisationId!.Value, Input.Name!.Trim(), cancellationToken),
                "The programme was not added"))
        {
            TempData[nameof(ProgrammeModel.Done)] = $"{created!.Name} is added. Now add the money invested in it.";
            return Redirect($"/reports/programmes/{created.Id}");
        }
        if (ModelState.TryGetValue($"{nameof(Input)}.{nameof(ProgrammeInput.OrganisationId)}", out var organisation) && organisation.Errors.Count > 0 && Input.OrganisationId is not null)
        {
            organisation.Errors.Clear();
            organisation.Errors.Add(UnknownOrganisation);
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
