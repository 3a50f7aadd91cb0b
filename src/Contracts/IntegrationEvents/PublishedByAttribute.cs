namespace SocialPrescribing.Contracts.IntegrationEvents;

/// <summary>
/// The one service that tells the others this event, named as the AppHost names its resource. The AppHost lets
/// only that service's broker user write to the event's exchange, so no other service can forge it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublishedByAttribute(string service) : Attribute
{
    public string Service { get; } = service;
}
