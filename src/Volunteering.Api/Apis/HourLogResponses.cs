using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>A log as the API answers it, in the shared contract's shape.</summary>
public static class HourLogResponses
{
    extension(HourLogResponse)
    {
        public static HourLogResponse Of(HourLog log) => new(
            log.Id, log.Content.VolunteerId, log.Content.OrganisationId, log.Content.ActivityId, log.Content.Role,
            log.Content.Date, MinutesOf(log.Content), log.Content.Note, log.Source.WireName(), log.Status.WireName(), log.SubmittedBy, log.SubmittedAt,
            log.DecidedBy, log.DecidedAt, log.ApprovedAutomatically, log.RejectionReason,
            [.. log.Edits.Select(e => new HourLogEditResponse(e.By, e.At, e.StatusAtEdit.WireName(), ChangeOf(e.Before), ChangeOf(e.After)))]);
    }

    private static int MinutesOf(HourLogContent content) => (int)content.Duration.TotalMinutes;

    private static HourLogEditContent ChangeOf(HourLogContent c) => new(c.ActivityId, c.Role, c.Date, MinutesOf(c), c.Note);
}
