namespace SocialPrescribing.Volunteering.Apis;

/// <summary>A volunteer as the API answers it, in the shared contract's shape.</summary>
public static class VolunteerResponses
{
    extension(VolunteerResponse)
    {
        public static VolunteerResponse Of(Volunteer v) => new(
            v.Id, v.FirstName, v.LastName, v.Email, v.Phone, v.PostcodeDistrict, v.Languages, v.Skills, v.InterestTermIds, v.Roles,
            [.. v.Availability.Select(s => new AvailabilitySlot(s.Day.WireName(), s.Start, s.End))],
            v.CaseloadLimit, v.CurrentCaseload, v.WillDoHomeVisits, v.MaxTravelKm, v.OrganisationIds,
            v.Dbs is { } dbs ? new DbsCheckResponse(dbs.Level.WireName(), dbs.CertificateNumber, dbs.IssuedOn, dbs.RenewBy) : null,
            [.. v.Trainings.Select(t => new TrainingResponse(t.Code, t.Name, t.CompletedOn, t.ValidUntil))],
            v.Reminders.WireName(), v.StartedOn, v.RegisteredAt, v.UpdatedAt, v.FreeCaseload);
    }
}
