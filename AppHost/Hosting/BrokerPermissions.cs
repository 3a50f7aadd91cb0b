using System.Reflection;
using System.Text.RegularExpressions;
using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>
/// A broker user's rights, as RabbitMQ's three regular expressions over exchange and queue names. They follow
/// MassTransit's topology: a service declares (configure) and uses its own receive endpoints — a queue and an exchange
/// each, named "&lt;service&gt;-…" (its error queues too) — and the exchange of each event type it publishes or
/// consumes, named "Namespace:Type"; publishing writes to the event's exchange; subscribing binds the event's exchange
/// (read) to the endpoint's exchange (write). So a service writes only the events it owns and reads only the events it
/// consumes, into its own queues.
/// </summary>
public sealed record BrokerPermissions(string Configure, string Write, string Read)
{
    public static BrokerPermissions Everything { get; } = new(".*", ".*", ".*");

    public static BrokerPermissions For(string service, IEnumerable<Type> consumes)
    {
        var own = Regex.Escape(service) + "-.*";
        var published = PublishedBy(service).Select(t => Regex.Escape(ExchangeOf(t))).ToList();
        var consumed = consumes.Select(t => Regex.Escape(ExchangeOf(t))).ToList();
        return new(AnyOf([own, .. published, .. consumed]), AnyOf([own, .. published]), AnyOf([own, .. consumed]));
    }

    /// <summary>The events whose <see cref="PublishedByAttribute"/> names <paramref name="service"/>.</summary>
    public static IEnumerable<Type> PublishedBy(string service) =>
        typeof(IntegrationEvent).Assembly.GetTypes().Where(t => t.GetCustomAttribute<PublishedByAttribute>()?.Service == service);

    /// <summary>MassTransit's exchange for a message type.</summary>
    public static string ExchangeOf(Type eventType) =>
        eventType.IsAssignableTo(typeof(IntegrationEvent)) && !eventType.IsAbstract
            ? $"{eventType.Namespace}:{eventType.Name}"
            : throw new ArgumentException($"{eventType} is not an integration event.", nameof(eventType));

    private static string AnyOf(IEnumerable<string> patterns) =>
        $"^({string.Join('|', patterns.Distinct())})$";
}
