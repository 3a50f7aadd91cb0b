using MassTransit;
using SocialPrescribing.Contracts.IntegrationEvents;

namespace SocialPrescribing.Messaging;

public static class BrokerConnection
{
    /// <summary>
    /// Connects to the broker named by <c>ConnectionStrings:messaging</c> (<c>amqp://user:password@host:port/</c>),
    /// the one place that reads the credentials out of the address.
    /// </summary>
    public static void ConnectTo(this IRabbitMqBusFactoryConfigurator rabbit, Uri broker) =>
        rabbit.Host(broker, host =>
        {
            var credentials = broker.UserInfo.Split(':', 2);
            if (credentials.Length == 2)
            {
                host.Username(Uri.UnescapeDataString(credentials[0]));
                host.Password(Uri.UnescapeDataString(credentials[1]));
            }
        });

    /// <summary>
    /// Keeps the bus to the names a service's broker user may use (the AppHost's BrokerPermissions): queues and
    /// exchanges named "&lt;service&gt;-…", and the exchanges of the events it publishes or consumes.
    /// </summary>
    public static void KeepToOwnNames(this IRabbitMqBusFactoryConfigurator rabbit, string serviceName)
    {
        // The bus's own temporary queue is otherwise named after the machine and the process.
        rabbit.OverrideDefaultBusEndpointQueueName($"{serviceName}-bus-{Guid.NewGuid():N}");
        // Otherwise every publisher declares a shared IntegrationEvent exchange and binds its events to it, for nobody.
        rabbit.Publish<IntegrationEvent>(topology => topology.Exclude = true);
    }
}
