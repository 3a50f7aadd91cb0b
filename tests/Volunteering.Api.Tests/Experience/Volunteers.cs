using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Domain.Equality;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Model;

namespace SocialPrescribing.Volunteering.Api.Tests.Experience;

/// <summary>Volunteers written straight to the database with approved time and, if given, equality data: a report needs more people than the API tests register.</summary>
internal static class Volunteers
{
    public static Task<Guid> AddAsync(VolunteeringApp app, Guid organisationId, DateOnly date, int minutes, EthnicGroup? ethnicity = null, Guid? id = null) =>
        app.WithDbAsync(async db =>
        {
            var volunteerId = id ?? Guid.NewGuid();
            var now = app.Time.GetUtcNow();
            if (await db.Volunteers.FindAsync([volunteerId], TestContext.Current.CancellationToken) is null)
            {
                db.Volunteers.Add(new Volunteer
                {
                    Id = volunteerId, FirstName = "Test", LastName = "Volunteer", PostcodeDistrict = "WV10", OrganisationIds = [organisationId],
                    RegisteredAt = now, UpdatedAt = now,
                });
            }
            if (ethnicity is not null && await db.Equality.FindAsync([volunteerId], TestContext.Current.CancellationToken) is null)
            {
                db.Equality.Add(new EqualityRecord { VolunteerId = volunteerId, Ethnicity = ethnicity, ConsentedAt = now, UpdatedAt = now });
            }
            db.HourLogs.Add(HourLog.Submit(Guid.NewGuid(), new HourLogContent(volunteerId, organisationId, null, "befriender", date, TimeSpan.FromMinutes(minutes), null),
                HourLogSource.Organisation, "staff.a", now, [], HourApprovalPolicy.AutoApproveAll));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return volunteerId;
        });
}
