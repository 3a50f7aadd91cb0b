using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// How a person and a referral join a team's caseload, whoever sends them (a link worker's form or a GP system's
/// FHIR bundle, or the person themselves on the public web). Each step stages the records, the event and the audit entry; the caller saves once.
/// </summary>
public static class Intake
{
    public static PersonRecord RegisterPerson(CaseServices s, Caller caller, Guid teamId, PersonProfile profile)
    {
        var person = Person.Register(Guid.CreateVersion7(), profile, s.Today);
        var record = PersonRecord.From(person, teamId, s.Now);
        s.Db.People.Add(record);
        s.Audit.Record(caller, AuditAction.Create, record.Id, "person", record.Id);
        return record;
    }

    /// <summary>
    /// A new referral, recording consent to the service when the sender gives how it was given. A person who withdrew
    /// that consent is referred again only with it.
    /// </summary>
    public static ReferralRecord Refer(CaseServices s, Caller caller, PersonRecord person, ReferralDetails details, ConsentMethod? serviceConsent = null) =>
        Add(s, caller, person, Referral.Receive(Guid.CreateVersion7(), person.Id, details, caller.ActorId, s.Now), serviceConsent);

    /// <summary>A person's own referral from the public web, which they agreed to online, with the needs they chose; it waits for triage.</summary>
    public static ReferralRecord ReferSelf(CaseServices s, Caller caller, PersonRecord person, ReferralDetails details, IReadOnlyList<string> needTermIds)
    {
        var referral = Referral.ReceiveSelfReferral(Guid.CreateVersion7(), person.Id, details, caller.ActorId, s.Now);
        referral.SetNeeds(ReferralNeeds.None with { NeedTermIds = needTermIds });
        return Add(s, caller, person, referral, ConsentMethod.Online);
    }

    private static ReferralRecord Add(CaseServices s, Caller caller, PersonRecord person, Referral referral, ConsentMethod? serviceConsent)
    {
        AgreeToReferral(s, caller, person, serviceConsent);
        var record = ReferralRecord.From(referral, person.TeamId);
        s.Db.Referrals.Add(record);
        s.Outbox.Add(new ReferralSubmittedIntegrationEvent(
            record.Id, person.Id, person.TeamId, record.Source.ToString(), record.Urgency.ToString(), person.PostcodeDistrict, record.ReceivedAt));
        s.Audit.Record(caller, AuditAction.Create, person.Id, "referral", record.Id);
        return record;
    }

    private static void AgreeToReferral(CaseServices s, Caller caller, PersonRecord person, ConsentMethod? serviceConsent)
    {
        var consented = person.ToDomain();
        var before = consented.Consents.Records.Count;
        consented.Consents.AgreeToReferral(serviceConsent, s.Now, caller.ActorId);
        if (consented.Consents.Records.Count > before)
        {
            person.Apply(consented);
            s.Audit.Record(caller, AuditAction.Change, person.Id, "consent", person.Id);
        }
    }
}
