using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds.Model;
using SocialPrescribing.Seeds.Synthetic;
using SocialPrescribing.Seeds;
using SocialPrescribing.ServiceData;
using SocialPrescribing.Volunteering.Application;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Infrastructure;
using SocialPrescribing.Volunteering.Model;
using SeedHourLogStatus = SocialPrescribing.Seeds.Model.HourLogStatus;

namespace SocialPrescribing.Volunteering.Seeding;

/// <summary>
/// The demo, on an empty database: the demo organisations and volunteers from
/// <c>{Seeds:Path}/data</c> (the copy built into the seeds assembly when no path is set), the starter
/// valuation set, and a year of generated hour logs so the reports have something to show.
/// Seed data is not news, so no events are raised for it.
/// </summary>
public sealed partial class VolunteeringSeeder(IConfiguration configuration, TimeProvider time, ILogger<VolunteeringSeeder> logger)
    : IDatabaseSeeder<VolunteeringContext>
{
    public static readonly Guid StarterValuationSetId = SeedIds.ToGuid("valuation-set-starter");
    private const int DemoHourLogs = 3_000;
    private const int GeneratorSeed = 2026;
    private const string SeededBy = "seed";

    public async Task SeedAsync(VolunteeringContext db, CancellationToken cancellationToken)
    {
        if (await db.Volunteers.AnyAsync(cancellationToken))
        {
            return;
        }
        var catalog = SeedCatalog.FromSetting(configuration["Seeds:Path"]);
        var now = time.GetUtcNow();

        db.Organisations.AddRange(catalog.Organisations.Select(o => new Organisation { Id = SeedIds.ToGuid(o.Id), Name = o.Name, UpdatedAt = now }));
        db.Volunteers.AddRange(catalog.Volunteers.Select(v => ToVolunteer(v, now)));
        db.ValuationSets.Add(new StoredValuationSet
        {
            Id = StarterValuationSetId,
            Version = 1,
            Set = ValuationSets.StarterTemplate with { Id = StarterValuationSetId },
            CreatedBy = SeededBy,
            CreatedAt = now,
        });
        var logs = HourLogs(catalog, UkCalendar.DateOf(now)).ToList();
        db.HourLogs.AddRange(logs);
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(catalog.Organisations.Count, catalog.Volunteers.Count, logs.Count);
    }

    internal static Volunteer ToVolunteer(VolunteerSeed seed, DateTimeOffset now) => new()
    {
        Id = SeedIds.ToGuid(seed.Id),
        FirstName = seed.FirstName,
        LastName = seed.LastName,
        Email = seed.Email,
        Phone = seed.Phone,
        PostcodeDistrict = seed.PostcodeDistrict,
        Languages = [.. seed.Languages],
        Skills = [.. seed.Skills],
        InterestTermIds = [.. seed.InterestTermIds],
        Roles = [.. seed.Roles.Select(r => r.Code())],
        Availability = [.. seed.Availability.Select(a => new WeeklySlot(a.DayOfWeek, a.Start, a.End))],
        CaseloadLimit = seed.CaseloadLimit,
        WillDoHomeVisits = seed.WillDoHomeVisits,
        MaxTravelKm = seed.MaxTravelKm,
        OrganisationIds = [.. seed.OrganisationIds.Select(SeedIds.ToGuid)],
        Dbs = seed.Dbs is { } dbs
            ? new DbsCheck { Level = Enum.Parse<Model.DbsLevel>(dbs.Level.ToString()), CertificateNumber = dbs.CertificateNumber, IssuedOn = dbs.IssuedOn, RenewBy = dbs.RenewBy }
            : null,
        Trainings = [.. seed.Trainings.Select(t => new Training { Code = t.Code, Name = t.Name, CompletedOn = t.CompletedOn, ValidUntil = t.ValidUntil })],
        StartedOn = seed.StartedOn,
        RegisteredAt = now,
        UpdatedAt = now,
    };

    /// <summary>A year of logs up to today (or the demo reference date, if earlier), decided as the generator says.</summary>
    private static IEnumerable<HourLog> HourLogs(SeedCatalog catalog, DateOnly today)
    {
        var periodEnd = today < DemoCalendar.ReferenceDate ? today : DemoCalendar.ReferenceDate;
        var anyDistrict = new PostcodeDistrict(catalog.Volunteers[0].PostcodeDistrict, 0, 0, null, null, null);
        var generator = new SyntheticDataGenerator(GeneratorSeed, [anyDistrict], catalog.Terms);
        var volunteers = catalog.Volunteers.Where(v => v.OrganisationIds.Count > 0 && v.Roles.Count > 0).ToList();
        foreach (var seed in generator.HourLogs(DemoHourLogs, volunteers, periodEnd, catalog.Activities))
        {
            yield return ToHourLog(seed);
        }
    }

    internal static HourLog ToHourLog(HourLogSeed seed)
    {
        var content = new HourLogContent(
            SeedIds.ToGuid(seed.VolunteerId),
            SeedIds.ToGuid(seed.OrganisationId),
            seed.ActivityId is null ? null : SeedIds.ToGuid(seed.ActivityId),
            seed.Role.Code(),
            seed.Date,
            TimeSpan.FromMinutes(seed.Minutes),
            null);
        // The generator keeps each log within the rules except one person's day, which it does not track: not checked here.
        var log = HourLog.Submit(seed.Id, content, HourLogSource.Volunteer, SeededBy, seed.SubmittedAt, [], HourApprovalPolicy.Manual);
        var decidedAt = seed.SubmittedAt.AddDays(1);
        switch (seed.Status)
        {
            case SeedHourLogStatus.Approved:
                log.Approve(SeededBy, decidedAt);
                break;
            case SeedHourLogStatus.Rejected:
                log.Reject(SeededBy, decidedAt, seed.Reason ?? "Not confirmed by the organisation.");
                break;
        }
        return log;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Organisations} organisations, {Volunteers} volunteers and {HourLogs} hour logs")]
    private partial void LogSeeded(int organisations, int volunteers, int hourLogs);
}
