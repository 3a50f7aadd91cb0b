namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>What an SROI report covers: one programme, or all of an organisation's programmes. Written in the form as "programme:{id}" or "organisation:{id}".</summary>
public sealed record SroiScope(Guid OrganisationId, Guid? ProgrammeId)
{
    private const string ProgrammePrefix = "programme:";
    private const string OrganisationPrefix = "organisation:";

    public static string OfProgramme(Guid programmeId) => ProgrammePrefix + programmeId;

    public static string OfOrganisation(Guid organisationId) => OrganisationPrefix + organisationId;

    /// <summary>The scope the form's value names, or null when it names nothing in <paramref name="programmes"/>.</summary>
    public static SroiScope? Parse(string? value, IEnumerable<Services.SroiProgramme> programmes)
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
}
