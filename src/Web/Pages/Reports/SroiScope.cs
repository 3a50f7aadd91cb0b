using SocialPrescribing.Web.Reports;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>What an SROI report covers: one programme, or all of an organisation's programmes. Written in the form as "programme:{id}" or "organisation:{id}".</summary>
public sealed record SroiScope(Guid OrganisationId, Guid? ProgrammeId)
{
    private const string ProgrammePrefix = "programme:";
    private const string OrganisationPrefix = "organisation:";

    public static string OfProgramme(Guid programmeId) => ProgrammePrefix + programmeId;

    public static string OfOrganisation(Guid organisationId) => OrganisationPrefix + organisationId;

    /// <summary>The scope the form's value names, or null when it names nothing in <paramref name="programmes"/>.</summary>
    public static SroiScope? Parse(string? value, IEnumerable<ProgrammeResponse> programmes)
    {
        if (value?.StartsWith(ProgrammePrefix, StringComparison.Ordinal) == true && Guid.TryParse(value[ProgrammePrefix.Length..], out var programmeId))
        {
            return programmes.FirstOrDefault(p => p.Id == programmeId) is { } programme ? new SroiScope(programme.OrganisationId, programme.Id) : null;
        }
        if (value?.StartsWith(OrganisationPrefix, StringComparison.Ordinal) == true && Guid.TryParse(value[OrganisationPrefix.Length..], out var organisationId))
        {
            return new SroiScope(organisationId, null);
        }
        return null;
    }

    /// <summary>The form's choices: each organisation with programmes ("all programmes"), then each of its programmes, by name.</summary>
    public static async Task<IReadOnlyList<(string Value, string Text)>> ChoicesAsync(
        IEnumerable<ProgrammeResponse> programmes, DirectoryClient directory, CancellationToken cancellationToken)
    {
        var scopes = new List<(string, string)>();
        foreach (var organisation in programmes.GroupBy(p => p.OrganisationId))
        {
            var name = await OrganisationNames.NameAsync(directory, organisation.Key, cancellationToken);
            scopes.Add((OfOrganisation(organisation.Key), $"{name}: all programmes"));
            scopes.AddRange(organisation.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (OfProgramme(p.Id), $"{name}: {p.Name}")));
        }
        return scopes;
    }
}
