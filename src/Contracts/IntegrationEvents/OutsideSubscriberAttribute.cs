namespace SocialPrescribing.Contracts.IntegrationEvents;

/// <summary>
/// An event no service here consumes, published for a system outside them: <paramref name="subscriber"/> says who
/// reads it and what for. Such systems connect as the broker's one <c>integrations</c> user, which may subscribe its
/// own queues to these events and to nothing else.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutsideSubscriberAttribute(string subscriber) : Attribute
{
    public string Subscriber { get; } = subscriber;
}
