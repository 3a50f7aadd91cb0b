using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports.Programmes;

/// <summary>Every programme SROI can be reported for, by organisation, with the money recorded for it.</summary>
public sealed class IndexModel(SroiClient sroi, DirectoryClient directory) : ServicePageModel
{
    public IReadOnlyList<(ProgrammeResponse Programme, string Organisation)> Programmes { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var programmes = await TryLoadAsync(() => sroi.ProgrammesAsync(cancellationToken), "Programmes") ?? [];
        var named = new List<(ProgrammeResponse, string)>();
        foreach (var programme in programmes)
        {
            named.Add((programme, await OrganisationNames.NameAsync(directory, programme.OrganisationId, cancellationToken)));
        }
        Programmes = [.. named.OrderBy(p => p.Item2, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.Item1.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
