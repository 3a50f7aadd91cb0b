using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Domain.Connections;

namespace SocialPrescribing.Referrals.Application;

/// <summary>The event each connection step tells the others (the link worker's UI and matching listen), if any.</summary>
internal static class ConnectionEvents
{
    public static IntegrationEvent? Of(ConnectionRecord c, ConnectionTransition step) => step.To switch
    {
        ConnectionStatus.Requested => new ConnectionRequestedIntegrationEvent(
            c.Id, c.ReferralId, c.TeamId, c.TargetKind.ToString(), c.TargetId, c.ProviderId, c.AnswerDueBy!.Value, step.At),
        ConnectionStatus.Accepted => new ConnectionAcceptedIntegrationEvent(c.Id, c.ReferralId, c.TeamId, c.ProviderId, step.At),
        ConnectionStatus.Declined => new ConnectionDeclinedIntegrationEvent(c.Id, c.ReferralId, c.TeamId, c.ProviderId, step.Reason!, step.At),
        ConnectionStatus.Expired => new ConnectionExpiredIntegrationEvent(c.Id, c.ReferralId, c.TeamId, c.ProviderId, step.At),
        ConnectionStatus.Attended => new ConnectionAttendedIntegrationEvent(c.Id, c.ReferralId, c.TeamId, c.ProviderId, step.At),
        _ => null,
    };
}
