namespace SocialPrescribing.Web.Services;

/// <summary>Which of the volunteer's logs to list: by organisation, status (as the service spells it) and month; null for any.</summary>
public sealed record HourLogFilter(Guid? OrganisationId, string? Status, DateOnly? Month)
{
    public string Query =>
        (OrganisationId is { } organisation ? $"&organisationId={organisation}" : "")
        + (Status is { Length: > 0 } status ? $"&status={Uri.EscapeDataString(status)}" : "")
        + (Month is { } month ? $"&from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}" : "");
}
