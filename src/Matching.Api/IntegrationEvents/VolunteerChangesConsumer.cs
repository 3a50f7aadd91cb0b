using MassTransit;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Matching.Sources;

namespace SocialPrescribing.Matching.IntegrationEvents;

/// <summary>
/// Any volunteer event asks for a re-read of the available volunteers (see <see cref="VolunteerStore"/>). A re-read
/// is idempotent in itself, so redeliveries need no inbox; to follow another volunteer event, add its interface here.
/// </summary>
public sealed class VolunteerChangesConsumer(VolunteerSyncRequests sync) :
    IConsumer<VolunteerRegisteredIntegrationEvent>,
    IConsumer<VolunteerChangedIntegrationEvent>,
    IConsumer<VolunteerAvailabilityChangedIntegrationEvent>,
    IConsumer<QualificationExpiredIntegrationEvent>
{
    public Task Consume(ConsumeContext<VolunteerRegisteredIntegrationEvent> context) => sync.Request();

    public Task Consume(ConsumeContext<VolunteerChangedIntegrationEvent> context) => sync.Request();

    public Task Consume(ConsumeContext<VolunteerAvailabilityChangedIntegrationEvent> context) => sync.Request();

    public Task Consume(ConsumeContext<QualificationExpiredIntegrationEvent> context) => sync.Request();
}
