namespace SocialPrescribing.AppHost.Hosting.Resources;

/// <summary>A private RabbitMQ node (the operating system's package), reachable on loopback only.</summary>
public sealed class RabbitMqResource(string name) : Resource(name), IResourceWithConnectionString
{
    public const string AmqpEndpoint = "amqp";
    public const string DistributionEndpoint = "dist";
    public const string EpmdEndpoint = "epmd";

    public override IReadOnlyList<string> EndpointNames { get; } = [AmqpEndpoint, DistributionEndpoint, EpmdEndpoint];
}
