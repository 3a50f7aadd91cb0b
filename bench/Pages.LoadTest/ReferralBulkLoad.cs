using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Infrastructure;
using SocialPrescribing.Referrals.Model;
using SocialPrescribing.Seeds;
using SocialPrescribing.Seeds.Model;
using SeedSource = SocialPrescribing.Seeds.Model.ReferralSource;

namespace SocialPrescribing.Pages.LoadTest;

/// <summary>
/// The generator's referred people, each with one referral just received, written straight into the running referrals
/// service's database through its own EF model and domain (a bulk path: no events, no audit of the load itself).
/// A person in a district one of the demo teams covers goes on that team's caseload; the others on their district's
/// synthetic team, so the demo link workers carry a realistic share of the 10,000 rather than all of them.
/// </summary>
internal static class ReferralBulkLoad
{
    private const int Batch = 1_000;

    public static async Task LoadAsync(string connectionString, IEnumerable<PersonSeed> people, IReadOnlyList<TeamSeed> demoTeams)
    {
        var teamOfDistrict = demoTeams.SelectMany(t => t.Districts.Select(d => (District: d, Team: t.Id))).ToDictionary(x => x.District, x => x.Team);
        var options = new DbContextOptionsBuilder<ReferralsContext>().UseNpgsql(connectionString).Options;
        foreach (var chunk in people.Chunk(Batch))
        {
            await using var db = new ReferralsContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var seed in chunk)
            {
                var team = SeedIds.ToGuid(teamOfDistrict.GetValueOrDefault(seed.PostcodeDistrict, seed.Referrals[0].TeamId));
                var person = PersonRecord.From(Person(seed), team, At(seed.Referrals[0].ReceivedOn));
                db.People.Add(person);
                db.Referrals.Add(Referral(seed, seed.Referrals[0], person));
            }
            await db.SaveChangesAsync();
        }
        await using (var db = new ReferralsContext(options))
        {
            // What autovacuum would do soon after a bulk load: give the planner the new row counts.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    private static Person Person(PersonSeed seed) => Referrals.Domain.People.Person.Register(SeedIds.ToGuid(seed.Id), new PersonProfile(
        new PersonName(seed.FirstName, seed.LastName),
        seed.DateOfBirth,
        seed.NhsNumber is null ? null : NhsNumber.Parse(seed.NhsNumber),
        new ContactDetails(seed.Phone is null ? ContactMethod.Email : ContactMethod.Phone, phone: seed.Phone, email: seed.Email),
        Postcode.Parse(seed.Postcode),
        new LanguageNeeds(seed.FirstLanguage, seed.NeedsInterpreter),
        new HashSet<AccessibilityNeed>(),
        null,
        new CarerStatus(seed.Carer.IsCarer, seed.Carer.IsCaredFor),
        new EqualityMonitoring()), DateOnly.FromDateTime(At(seed.Referrals[0].ReceivedOn).UtcDateTime));

    private static ReferralRecord Referral(PersonSeed person, ReferralSeed seed, PersonRecord personRecord)
    {
        var referrer = seed.Referrer is { } r ? new Referrer(r.Name, r.Organisation, r.OrganisationCode, r.Contact) : null;
        var details = new ReferralDetails(Enum.Parse<Referrals.Domain.Referrals.ReferralSource>(seed.Source.ToString()), referrer, seed.Reason,
            Enum.Parse<Referrals.Domain.Referrals.Urgency>(seed.Urgency.ToString()));
        var receive = seed.Source == SeedSource.SelfReferral
            ? (Func<Guid, Guid, ReferralDetails, string, DateTimeOffset, Referrals.Domain.Referrals.Referral>)Referrals.Domain.Referrals.Referral.ReceiveSelfReferral
            : Referrals.Domain.Referrals.Referral.Receive;
        var record = ReferralRecord.From(receive(SeedIds.ToGuid(seed.Id), personRecord.Id, details, "seed", At(seed.ReceivedOn)), personRecord.TeamId);
        // The matcher reads these (the demo taxonomy's ids, as the directory seeds it).
        record.NeedTermIds = [.. person.NeedTermIds.Select(id => SeedIds.ToGuid(id).ToString())];
        record.InterestTermIds = [.. person.InterestTermIds.Select(id => SeedIds.ToGuid(id).ToString())];
        record.Travel = new TravelPreferences(person.MaxTravelKm, []);
        return record;
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
