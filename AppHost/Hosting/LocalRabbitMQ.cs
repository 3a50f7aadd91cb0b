using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>A private RabbitMQ node run from the operating system's package (Aspire's own AddRabbitMQ needs a container engine).</summary>
public sealed class LocalRabbitMQResource(string name, string root, string adminUser, ParameterResource adminPassword, HostSettings settings)
    : ExecutableResource(name, "/usr/lib/rabbitmq/bin/rabbitmq-server", root), IResourceWithConnectionString
{
    public const string AmqpEndpoint = "amqp";

    public EndpointReference Amqp => new(this, AmqpEndpoint);

    /// <summary>The administrator: for the AppHost (and its tests) only; each service has a user of its own (<see cref="BrokerUsers.AddUser"/>).</summary>
    public string AdminUser { get; } = adminUser;

    public ParameterResource AdminPassword { get; } = adminPassword;

    internal HostSettings Settings { get; } = settings;

    public ReferenceExpression ConnectionStringExpression => ConnectionStringFor(AdminUser, AdminPassword);

    // The generated users and passwords are letters, digits and hyphens: nothing to escape in the address.
    internal ReferenceExpression ConnectionStringFor(string user, ParameterResource password) =>
        ReferenceExpression.Create($"amqp://{user}:{password}@127.0.0.1:{Amqp.Property(EndpointProperty.Port)}/");
}

public static class LocalRabbitMQExtensions
{
    /// <summary>
    /// A RabbitMQ node configured by environment only, data under &lt;data&gt;/&lt;name&gt;, loopback only, with a
    /// generated administrator (its users come from a definitions file, so no `guest` exists) and its own Erlang port mapper
    /// (the &lt;name&gt;-epmd resource), which therefore stops with the application instead of outliving it.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(this IDistributedApplicationBuilder builder, string name, HostSettings settings)
    {
        if (!File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
        {
            throw new InvalidOperationException("RabbitMQ is not installed: run scripts/prerequisites.sh rabbitmq (apt-get install rabbitmq-server).");
        }
        var root = Path.Combine(settings.DataDirectory, name);
        var mnesia = Path.Combine(root, "mnesia");
        if (!File.Exists(Path.Combine(settings.DataDirectory, name + ".secret")) && Directory.Exists(mnesia))
        {
            // The node keeps its users in its database: start afresh rather than keep an administrator nobody knows.
            Directory.Delete(mnesia, recursive: true);
        }
        var credentials = settings.Secret(name, lines: 2);
        var password = builder.AddParameter($"{name}-password", () => credentials[1], secret: true);
        var (amqp, distribution, epmdPort) = (PortReservations.Reserve(), PortReservations.Reserve(), PortReservations.Reserve());
        var definitions = Path.Combine(root, "definitions.json");
        WriteConfiguration(root, amqp, definitions);

        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", root, "-port", Text(epmdPort), "-address", "127.0.0.1")
            .WithEndpoint(port: epmdPort, targetPort: epmdPort, name: "epmd", scheme: "tcp", isProxied: false)
            .WithHealthCheck(AddPortCheck(builder, $"{name}-epmd-listens", epmdPort))
            .RestartOnCrash();

        var resource = new LocalRabbitMQResource(name, root, "app-" + credentials[0][..8], password.Resource, settings);
        epmd.WithParentRelationship(resource);
        // Users are read from the model at each start, so those added after this call are included.
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(resource, (_, ct) =>
            BrokerUsers.WriteDefinitionsAsync(resource, UsersOf(builder, resource), definitions, ct));
        builder.Eventing.Subscribe<ResourceReadyEvent>(resource, (ready, _) => BrokerUsers.PublishRunningAsync(ready.Services, UsersOf(builder, resource)));
        return builder.AddResource(resource)
            .WithEndpoint(port: amqp, targetPort: amqp, name: LocalRabbitMQResource.AmqpEndpoint, scheme: "amqp", isProxied: false)
            .WithEnvironment(context =>
            {
                var variables = context.EnvironmentVariables;
                variables["HOME"] = Path.Combine(root, "home");
                variables["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(root, "rabbitmq-env.conf");
                variables["RABBITMQ_NODENAME"] = $"{name}@localhost";
                variables["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                variables["RABBITMQ_NODE_PORT"] = Text(amqp);
                variables["RABBITMQ_DIST_PORT"] = Text(distribution);
                variables["ERL_EPMD_PORT"] = Text(epmdPort);
                variables["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                variables["RABBITMQ_MNESIA_BASE"] = mnesia;
                variables["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log");
                variables["RABBITMQ_CONFIG_FILE"] = Path.Combine(root, "rabbitmq.conf");
                variables["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(root, "advanced.config");
                variables["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(root, "enabled_plugins");
                variables["RABBITMQ_PID_FILE"] = Path.Combine(root, "node.pid");
                // No scheduler busy-waiting (RabbitMQ's advice for small machines): an idle node then sleeps.
                variables["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none";
            })
            // Ready means the AMQP port accepts connections (`rabbitmq-diagnostics ping` answers seconds too early).
            .WithHealthCheck(AddPortCheck(builder, $"{name}-accepts", amqp))
            .WaitFor(epmd)
            .WithIconName("Mailbox")
            .RestartOnCrash();
    }

    private static IEnumerable<LocalRabbitMQUserResource> UsersOf(IDistributedApplicationBuilder builder, LocalRabbitMQResource broker) =>
        builder.Resources.OfType<LocalRabbitMQUserResource>().Where(u => u.Parent == broker).ToList();

    private static void WriteConfiguration(string root, int amqp, string definitions)
    {
        var home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(Path.Combine(root, "log"));
        var cookie = Path.Combine(home, ".erlang.cookie");
        if (!File.Exists(cookie))
        {
            HostSettings.WriteOwnerOnly(cookie, HostSettings.NewSecret(24).ToUpperInvariant());
            HostSettings.SetMode(cookie, UnixFileMode.UserRead);
        }
        File.WriteAllText(Path.Combine(root, "rabbitmq-env.conf"), "");
        File.WriteAllText(Path.Combine(root, "enabled_plugins"), "[].\n");
        // With definitions to load, the node creates no default user (no guest) at its first boot.
        HostSettings.WriteOwnerOnly(Path.Combine(root, "rabbitmq.conf"), $"""
            listeners.tcp.default = 127.0.0.1:{amqp}
            load_definitions = {definitions}
            log.file = false
            log.console = true
            log.console.level = warning

            """);
    }

    private static string AddPortCheck(IDistributedApplicationBuilder builder, string key, int port)
    {
        builder.Services.AddHealthChecks().AddAsyncCheck(key, async ct =>
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, ct);
                return HealthCheckResult.Healthy();
            }
            catch (SocketException e)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        });
        return key;
    }

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);
}
