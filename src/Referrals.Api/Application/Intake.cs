using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// How a person and a referral join a team's caseload, whoever sends them (a link worker's form or a GP system's
/// FHIR bundle). Each step stages the records, the event and the audit entry; the caller saves once.
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

    public static ReferralRecord Refer(CaseServices s, Caller caller, PersonRecord person, ReferralDetails details)
    {
        var referral = Referral.Receive(Guid.CreateVersion7(), person.Id, details, caller.ActorId, s.Now);
        var record = ReferralRecord.From(referral, person.TeamId);
        s.Db.Referrals.Add(record);
        s.Outbox.Add(new ReferralSubmittedIntegrationEvent(
            record.Id, person.Id, person.TeamId, record.Source.ToString(), record.Urgency.ToString(), person.PostcodeDistrict, record.ReceivedAt));
        s.Audit.Record(caller, AuditAction.Create, person.Id, "referral", record.Id);
        return record;
    }
}
