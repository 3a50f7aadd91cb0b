using System.Reflection;
using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// The events each service consumes, as its consumers are registered in its Extensions.cs: the broker lets a service
/// read these and no others. What a service may publish comes from <see cref="PublishedByAttribute"/> on the events.
/// </summary>
public static class EventSubscriptions
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Type>> ByService { get; } = new Dictionary<string, IReadOnlyList<Type>>
    {
        ["directory"] = [],
        ["referrals"] = [typeof(MatchesProposedIntegrationEvent), typeof(VolunteerRegisteredIntegrationEvent), typeof(VolunteerChangedIntegrationEvent)],
        ["volunteering"] = [typeof(WellbeingOutcomeRecordedIntegrationEvent), typeof(ConnectionAttendedIntegrationEvent)],
        ["matching"] =
        [
            typeof(ActivityPublishedIntegrationEvent), typeof(ActivityChangedIntegrationEvent), typeof(ActivityWithdrawnIntegrationEvent),
            typeof(ActivityCapacityChangedIntegrationEvent), typeof(ActivityRatedIntegrationEvent),
            typeof(ReferralSubmittedIntegrationEvent), typeof(ReferralProfileChangedIntegrationEvent), typeof(ReferralClosedIntegrationEvent),
            typeof(VolunteerRegisteredIntegrationEvent), typeof(VolunteerChangedIntegrationEvent), typeof(VolunteerAvailabilityChangedIntegrationEvent),
            typeof(QualificationExpiredIntegrationEvent),
        ],
    };

    /// <summary>The broker user of the systems outside these services (see <see cref="OutsideSubscriberAttribute"/>).</summary>
    public const string OutsideSubscribersUser = "integrations";

    /// <summary>The events published for systems outside these services: the only ones <see cref="OutsideSubscribersUser"/> may read.</summary>
    public static IReadOnlyList<Type> ForOutsideSubscribers { get; } =
        [.. typeof(IntegrationEvent).Assembly.GetTypes().Where(t => t.GetCustomAttribute<OutsideSubscriberAttribute>() is not null)];

    public static IReadOnlyList<Type> Of(string service) =>
        ByService.TryGetValue(service, out var events) ? events
        : throw new InvalidOperationException($"{service} uses the broker but {nameof(EventSubscriptions)} does not say what it consumes.");
}
