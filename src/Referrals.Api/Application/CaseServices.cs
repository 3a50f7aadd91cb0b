using SocialPrescribing.Messaging.Outbox;
using SocialPrescribing.Referrals.Domain.Calendar;

namespace SocialPrescribing.Referrals.Application;

/// <summary>What every case-work endpoint needs, injected as one.</summary>
public sealed class CaseServices(
    ReferralsContext db,
    Caseload caseload,
    AuditTrail audit,
    IIntegrationEventOutbox outbox,
    ConnectionMoves connections,
    LinkWorkers linkWorkers,
    TimeProvider time)
{
    public ReferralsContext Db => db;
    public Caseload Caseload => caseload;
    public AuditTrail Audit => audit;
    public IIntegrationEventOutbox Outbox => outbox;
    public ConnectionMoves Connections => connections;
    public LinkWorkers LinkWorkers => linkWorkers;
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today's date in the UK, for dates of birth and review dates.</summary>
    public DateOnly Today => WorkingDays.UkDateOf(Now);
}
