using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>How this service's records become the events it tells others; no names, contact details or notes travel.</summary>
internal static class IntegrationEvents
{
    public static VolunteerRegisteredIntegrationEvent Registered(Volunteer v, DateTimeOffset at) =>
        new(v.Id, v.PostcodeDistrict, [.. v.Roles], [.. v.Languages], [.. v.OrganisationIds], v.CaseloadLimit, at);

    public static VolunteerChangedIntegrationEvent Changed(Volunteer v, DateTimeOffset at) =>
        new(v.Id, v.PostcodeDistrict, [.. v.Roles], [.. v.Languages], [.. v.OrganisationIds], at);

    public static VolunteerAvailabilityChangedIntegrationEvent AvailabilityChanged(Volunteer v, DateTimeOffset at) =>
        new(v.Id, [.. v.Availability.Select(s => new VolunteerWeeklySlot(s.Day, s.Start, s.End))], v.CaseloadLimit, v.FreeCaseload, at);

    public static HoursLoggedIntegrationEvent Logged(HourLog log) =>
        new(log.Id, log.Content.VolunteerId, log.Content.OrganisationId, log.Content.ActivityId, log.Content.Role,
            log.Content.Date, Minutes(log), log.Source.ToString(), log.Status.ToString(), log.SubmittedAt);

    public static HoursApprovedIntegrationEvent Approved(HourLog log) =>
        new(log.Id, log.Content.VolunteerId, log.Content.OrganisationId, log.Content.ActivityId, log.Content.Role,
            log.Content.Date, Minutes(log), log.ApprovedAutomatically, log.DecidedAt!.Value);

    public static HoursWithdrawnIntegrationEvent Withdrawn(HourLog log) =>
        new(log.Id, log.Content.VolunteerId, log.Content.OrganisationId, log.Content.Date, Minutes(log), log.DecidedAt!.Value);

    private static int Minutes(HourLog log) => (int)log.Content.Duration.TotalMinutes;
}
