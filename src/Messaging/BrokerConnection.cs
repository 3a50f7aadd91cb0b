using MassTransit;

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
}
