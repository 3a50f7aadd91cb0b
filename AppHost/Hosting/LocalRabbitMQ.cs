using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>A private RabbitMQ node run from the operating system's package (Aspire's own AddRabbitMQ needs a container engine).</summary>
public sealed class LocalRabbitMQResource(string name, string root, ParameterResource user, ParameterResource password)
    : ExecutableResource(name, "/usr/lib/rabbitmq/bin/rabbitmq-server", root), IResourceWithConnectionString
{
    public const string AmqpEndpoint = "amqp";

    public EndpointReference Amqp => new(this, AmqpEndpoint);

    // The generated user and password are letters and digits: nothing to escape in the address.
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://{user}:{password}@127.0.0.1:{Amqp.Property(EndpointProperty.Port)}/");
}

public static class LocalRabbitMQExtensions
{
    /// <summary>
    /// A RabbitMQ node configured by environment only, data under &lt;data&gt;/&lt;name&gt;, loopback only, with a
    /// generated user (created by the node's first boot, so no `guest` exists) and its own Erlang port mapper
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
            // The node keeps its users in its database: new credentials need a fresh one, created at boot.
            Directory.Delete(mnesia, recursive: true);
        }
        var credentials = settings.Secret(name, lines: 2);
        var user = builder.AddParameter($"{name}-user", () => "app-" + credentials[0][..8]);
        var password = builder.AddParameter($"{name}-password", () => credentials[1], secret: true);
        var (amqp, distribution, epmdPort) = (HostSettings.FreePort(), HostSettings.FreePort(), HostSettings.FreePort());
        WriteConfiguration(root, amqp, "app-" + credentials[0][..8], credentials[1]);

        var epmd = builder.AddExecutable($"{name}-epmd", "epmd", root, "-port", Text(epmdPort), "-address", "127.0.0.1")
            .WithEndpoint(port: epmdPort, targetPort: epmdPort, name: "epmd", scheme: "tcp", isProxied: false)
            .WithHealthCheck(AddPortCheck(builder, $"{name}-epmd-listens", epmdPort))
            .RestartOnCrash();

        var resource = new LocalRabbitMQResource(name, root, user.Resource, password.Resource);
        epmd.WithParentRelationship(resource);
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
                variables["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
            })
            // Ready means the AMQP port accepts connections (`rabbitmq-diagnostics ping` answers seconds too early).
            .WithHealthCheck(AddPortCheck(builder, $"{name}-accepts", amqp))
            .WaitFor(epmd)
            .WithIconName("Mailbox")
            .RestartOnCrash();
    }

    private static void WriteConfiguration(string root, int amqp, string user, string password)
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
        // Holds the password in clear, so it is owner-only like the secret file.
        var config = Path.Combine(root, "rabbitmq.conf");
        HostSettings.WriteOwnerOnly(config, $"""
            listeners.tcp.default = 127.0.0.1:{amqp}
            default_user = {user}
            default_pass = {password}
            default_vhost = /
            default_permissions.configure = .*
            default_permissions.read = .*
            default_permissions.write = .*
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
