using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Matching.Sources;

namespace SocialPrescribing.Matching.IntegrationEvents;

/// <summary>Referral events: each names a referral whose profile is read again (or dropped) and whose suggestions are recomputed.</summary>
public abstract class ReferralConsumer<TMessage>(MatchingContext db, ReadModelChanges changes, TimeProvider time, ILogger logger)
    : ReadModelConsumer<TMessage>(db, changes, time, logger)
    where TMessage : class
{
    protected abstract Guid ReferralOf(TMessage message);

    protected override void Announce(TMessage message, ReadModelChanges changes) => changes.ProfileChanged(ReferralOf(message));
}

public sealed class ReferralSubmittedConsumer(MatchingContext db, ProfileStore profiles, ReadModelChanges changes, TimeProvider time, ILogger<ReferralSubmittedConsumer> logger)
    : ReferralConsumer<ReferralSubmittedIntegrationEvent>(db, changes, time, logger)
{
    protected override Guid ReferralOf(ReferralSubmittedIntegrationEvent message) => message.ReferralId;

    protected override Task ApplyAsync(ReferralSubmittedIntegrationEvent message, CancellationToken cancellationToken) =>
        profiles.RefreshAsync(message.ReferralId, message.SubmittedAt, cancellationToken);
}

public sealed class ReferralProfileChangedConsumer(MatchingContext db, ProfileStore profiles, ReadModelChanges changes, TimeProvider time, ILogger<ReferralProfileChangedConsumer> logger)
    : ReferralConsumer<ReferralProfileChangedIntegrationEvent>(db, changes, time, logger)
{
    protected override Guid ReferralOf(ReferralProfileChangedIntegrationEvent message) => message.ReferralId;

    protected override Task ApplyAsync(ReferralProfileChangedIntegrationEvent message, CancellationToken cancellationToken) =>
        profiles.RefreshAsync(message.ReferralId, submittedAt: null, cancellationToken);
}

public sealed class ReferralClosedConsumer(MatchingContext db, ProfileStore profiles, ReadModelChanges changes, TimeProvider time, ILogger<ReferralClosedConsumer> logger)
    : ReferralConsumer<ReferralClosedIntegrationEvent>(db, changes, time, logger)
{
    protected override Guid ReferralOf(ReferralClosedIntegrationEvent message) => message.ReferralId;

    protected override Task ApplyAsync(ReferralClosedIntegrationEvent message, CancellationToken cancellationToken) =>
        profiles.RemoveAsync(message.ReferralId, cancellationToken);
}
