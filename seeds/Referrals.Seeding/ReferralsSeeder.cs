using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.DomainErrors;
using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;
using SocialPrescribing.Seeds.Model;
using SocialPrescribing.Seeds;
using SocialPrescribing.Referrals.Infrastructure;
using SocialPrescribing.Referrals.Model;
using SocialPrescribing.ServiceData;
using ClosureReason = SocialPrescribing.Referrals.Domain.Referrals.ClosureReason;
using ConnectionStatus = SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;
using Referral = SocialPrescribing.Referrals.Domain.Referrals.Referral;
using ReferralSource = SocialPrescribing.Referrals.Domain.Referrals.ReferralSource;
using ReferralStatus = SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;
using Urgency = SocialPrescribing.Referrals.Domain.Referrals.Urgency;

namespace SocialPrescribing.Referrals.Seeding;

/// <summary>
/// Loads the demo people and their referrals through the domain
/// the API uses, so every seeded history is one the lifecycles allow. Steps are dated a day apart
/// from the seed's dates, at 10:00 UTC. Places are not held at the directory (it seeds its own
/// capacity); only ONS4 is seeded, as the files give SWEMWBS as a total without its seven answers.
/// </summary>
public sealed partial class ReferralsSeeder(
    IConfiguration configuration,
    IIntegrationEventOutbox outbox,
    ConnectionLifecycle lifecycle,
    ILogger<ReferralsSeeder> logger) : IDatabaseSeeder<ReferralsContext>
{
    private const string Actor = "seed";

    public async Task SeedAsync(ReferralsContext db, CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(cancellationToken))
        {
            return;
        }
        var catalog = SeedCatalog.FromSetting(configuration["Seeds:Path"]);
        // Who answers each target's requests, and its name as the link worker chose it (the matcher's, for a volunteer).
        var activities = catalog.Activities.ToDictionary(a => a.Id, a => (Provider: SeedIds.ToGuid(a.OrganisationId), a.Name));
        var volunteers = catalog.Volunteers.ToDictionary(v => v.Id,
            v => (Provider: v.OrganisationIds.Count > 0 ? SeedIds.ToGuid(v.OrganisationIds[0]) : SeedIds.ToGuid(v.Id), Name: $"Volunteer in {v.PostcodeDistrict}"));
        var staff = catalog.Users.ToDictionary(u => u.UserName);

        foreach (var seed in catalog.People.Where(p => p.Referrals.Count > 0))
        {
            try
            {
                AddPerson(db, seed, activities, volunteers, staff);
            }
            catch (DomainException ex)
            {
                LogSkipped(seed.Id, ex.Field ?? "-");
            }
        }
        // The volunteering service raises no events for its seed volunteers, so who they give time to is seeded here too;
        // the earliest time lets any real announcement replace it.
        db.VolunteerOrganisations.AddRange(catalog.Volunteers.Where(v => v.OrganisationIds.Count > 0).Select(v => new VolunteerOrganisationsRecord
        {
            VolunteerId = SeedIds.ToGuid(v.Id),
            OrganisationIds = [.. v.OrganisationIds.Select(SeedIds.ToGuid)],
            ChangedAt = DateTimeOffset.UnixEpoch,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddPerson(
        ReferralsContext db, PersonSeed seed, Dictionary<string, (Guid Provider, string Name)> activities, Dictionary<string, (Guid Provider, string Name)> volunteers, Dictionary<string, UserSeed> staff)
    {
        var registeredAt = At(seed.Referrals.Min(r => r.ReceivedOn), 0);
        var contact = seed.Phone is not null
            ? new ContactDetails(ContactMethod.Phone, phone: seed.Phone, email: seed.Email)
            : new ContactDetails(ContactMethod.Email, email: seed.Email);
        var profile = new PersonProfile(
            new PersonName(seed.FirstName, seed.LastName),
            seed.DateOfBirth,
            seed.NhsNumber is null ? null : NhsNumber.Parse(seed.NhsNumber),
            contact,
            Postcode.Parse(seed.Postcode),
            new LanguageNeeds(seed.FirstLanguage, seed.NeedsInterpreter),
            SeedMapping.Accessibility(seed.AccessibilityNeeds).ToHashSet(),
            null,
            new CarerStatus(seed.Carer.IsCarer, seed.Carer.IsCaredFor),
            new EqualityMonitoring(Sex: SeedMapping.SexOf(seed.Gender)));
        var person = Person.Register(SeedIds.ToGuid(seed.Id), profile, DateOnly.FromDateTime(registeredAt.UtcDateTime));
        var personRecord = PersonRecord.From(person, SeedIds.ToGuid(seed.Referrals[0].TeamId), registeredAt);

        // Everything is built before anything is added, so a person the domain refuses leaves nothing behind.
        var referrals = seed.Referrals.Select(r => (Seed: r, Record: Refer(seed, r, personRecord))).ToList();
        var connections = referrals.SelectMany(r => r.Seed.Connections.Select((c, i) => Connect(r.Record, c, i, activities, volunteers, staff.GetValueOrDefault(r.Record.ReceivedBy)))).ToList();
        var measurements = referrals.SelectMany(r => r.Seed.Wellbeing.Select(m => MeasurementRecord.From(Guid.CreateVersion7(), new WellbeingMeasurement(
            person.Id, r.Record.Id, m.Stage == "baseline" ? MeasurementPoint.Baseline : MeasurementPoint.FollowUp, At(m.TakenOn, 0), Actor,
            new Ons4Scores(m.Ons4.LifeSatisfaction, m.Ons4.Worthwhile, m.Ons4.Happiness, m.Ons4.Anxiety), null), r.Record.TeamId))).ToList();

        db.People.Add(personRecord);
        foreach (var (_, record) in referrals)
        {
            db.Referrals.Add(record);
            // The seeded link worker "created" the referral, under their name, as a signed-in one would.
            db.Audit.Add(new AuditEntry
            {
                PersonId = person.Id, ActorId = record.ReceivedBy, ActorRole = Roles.LinkWorker, ActorName = staff.GetValueOrDefault(record.ReceivedBy)?.DisplayName,
                Action = AuditAction.Create, Record = "referral", RecordId = record.Id, At = record.ReceivedAt,
            });
            outbox.Add(new ReferralSubmittedIntegrationEvent(
                record.Id, person.Id, record.TeamId, record.Source.ToString(), record.Urgency.ToString(), personRecord.PostcodeDistrict, record.ReceivedAt));
        }
        db.Connections.AddRange(connections);
        db.Measurements.AddRange(measurements);
    }

    private static ReferralRecord Refer(PersonSeed person, ReferralSeed seed, PersonRecord personRecord)
    {
        var actor = seed.LinkWorker ?? Actor;
        var referrer = seed.Referrer is { } r ? new Referrer(r.Name, r.Organisation, r.OrganisationCode, r.Contact) : null;
        var details = new ReferralDetails(
            SeedMapping.Same<ReferralSource>(seed.Source), referrer, seed.Reason, SeedMapping.Same<Urgency>(seed.Urgency));
        var referral = Referral.Receive(SeedIds.ToGuid(seed.Id), personRecord.Id, details, actor, At(seed.ReceivedOn, 0));
        // The directory seeds its taxonomy under the same stable ids, so these are its term ids.
        referral.SetNeeds(ReferralNeeds.Of(
            [.. person.NeedTermIds.Select(TermId)],
            [.. person.InterestTermIds.Select(TermId)],
            [.. person.Availability.Select(slot => new FreeTime(slot.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)slot.DayOfWeek, slot.Start, slot.End))],
            new TravelPreferences(person.MaxTravelKm, [])));
        if (seed.WhatMatters is { } whatMatters)
        {
            referral.AddNote(whatMatters, actor, At(seed.ReceivedOn, 1));
        }
        var steps = SeedMapping.StepsTo(seed).ToList();
        if (steps.Contains(ReferralStatus.Assessed))
        {
            referral.AgreePlan([new PlanGoal(seed.WhatMatters ?? seed.Reason, [], null)], seed.ReceivedOn.AddDays(56), actor, At(seed.ReceivedOn, 2), seed.ReceivedOn);
        }
        var day = 0;
        foreach (var step in steps)
        {
            referral.MoveTo(step, actor, At(seed.ReceivedOn, ++day), "Recorded in the demo seeds.");
        }
        if (seed.ClosureReason is { } reason)
        {
            var summary = seed.WhatMatters ?? seed.Reason;
            referral.Close(new ReferralClosure(SeedMapping.Same<ClosureReason>(reason), $"Closed as {reason} (demo seeds).", summary), actor, At(seed.ReceivedOn, ++day));
        }
        return ReferralRecord.From(referral, SeedIds.ToGuid(seed.TeamId));
    }

    /// <param name="linkWorker">The referral's seeded link worker, who sent its requests.</param>
    private ConnectionRecord Connect(
        ReferralRecord referral, ConnectionSeed seed, int index, Dictionary<string, (Guid Provider, string Name)> activities, Dictionary<string, (Guid Provider, string Name)> volunteers, UserSeed? linkWorker)
    {
        var (kind, targetId, (providerId, name)) = seed.ActivityId is { } activity
            ? (ConnectionTargetKind.Activity, SeedIds.ToGuid(activity), activities[activity])
            : (ConnectionTargetKind.Volunteer, SeedIds.ToGuid(seed.VolunteerId!), volunteers[seed.VolunteerId!]);
        // Stable ids, so a rebuilt demo database keeps its links.
        var id = SeedIds.ToGuid($"{referral.Id}-connection-{index}");
        var connection = Connection.Suggest(id, referral.Id, new ConnectionTarget(kind, targetId, providerId), Actor, At(seed.RequestedOn, 0));
        var day = 0;
        foreach (var (to, reason) in SeedMapping.StepsTo(seed))
        {
            // An expiry is dated well after the agreed ten working days.
            day = to == ConnectionStatus.Expired ? day + 30 : day + 1;
            connection.MoveTo(to, Actor, At(seed.RequestedOn, to == ConnectionStatus.Requested ? 0 : day), lifecycle, reason);
        }
        var record = ConnectionRecord.From(connection, referral.PersonId, referral.TeamId, name);
        record.Apply(connection, lifecycle);
        (record.RequestedByName, record.RequestedByEmail) = (linkWorker?.DisplayName, linkWorker?.Email);
        return record;
    }

    private static string TermId(string seedTermId) => SeedIds.ToGuid(seedTermId).ToString();

    private static DateTimeOffset At(DateOnly date, int daysLater) =>
        new(date.AddDays(daysLater).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped demo person {SeedId}: the domain refused field {Field}")]
    private partial void LogSkipped(string seedId, string field);
}
