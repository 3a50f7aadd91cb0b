using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace SocialPrescribing.AppHost.Hosting;

/// <summary>A service's own user on the broker, with rights to its own queues and events only (<see cref="BrokerPermissions"/>).</summary>
public sealed class LocalRabbitMQUserResource(string name, string userName, LocalRabbitMQResource parent, ParameterResource password, BrokerPermissions permissions)
    : Resource(name), IResourceWithParent<LocalRabbitMQResource>, IResourceWithConnectionString
{
    public LocalRabbitMQResource Parent { get; } = parent;

    public string UserName { get; } = userName;

    public ParameterResource Password { get; } = password;

    public BrokerPermissions Permissions { get; } = permissions;

    public ReferenceExpression ConnectionStringExpression => Parent.ConnectionStringFor(UserName, Password);
}

public static class BrokerUsers
{
    /// <summary>
    /// The broker user of <paramref name="service"/> (user name the service's, password generated and kept owner-only),
    /// as the &lt;service&gt;-messaging resource; it may publish the events the service owns and consume <paramref name="consumes"/>.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMQUserResource> AddUser(this IResourceBuilder<LocalRabbitMQResource> broker, string service, IEnumerable<Type> consumes)
    {
        var builder = broker.ApplicationBuilder;
        var name = $"{service}-{broker.Resource.Name}";
        var settings = broker.Resource.Settings;
        var password = builder.AddParameter($"{name}-password", () => settings.Secret(name)[0], secret: true);
        var user = new LocalRabbitMQUserResource(name, service, broker.Resource, password.Resource, BrokerPermissions.For(service, consumes));
        return builder.AddResource(user).WithIconName("Person");
    }

    /// <summary>
    /// The node's users and their rights, imported at each boot before it listens (so a changed password or a new service
    /// takes effect with a restart). Passwords are stored as RabbitMQ's salted SHA-256, never in clear.
    /// </summary>
    internal static async Task WriteDefinitionsAsync(LocalRabbitMQResource broker, IEnumerable<LocalRabbitMQUserResource> users, string path, CancellationToken ct)
    {
        var accounts = new List<(string Name, string Password, string[] Tags, BrokerPermissions Permissions)>
        {
            (broker.AdminUser, await ValueOf(broker.AdminPassword, ct), ["administrator"], BrokerPermissions.Everything),
        };
        foreach (var user in users)
        {
            accounts.Add((user.UserName, await ValueOf(user.Password, ct), [], user.Permissions));
        }
        var definitions = new
        {
            vhosts = new[] { new { name = "/" } },
            users = accounts.Select(a => new { name = a.Name, password_hash = Hash(a.Password), hashing_algorithm = "rabbit_password_hashing_sha256", tags = a.Tags }),
            permissions = accounts.Select(a => new { user = a.Name, vhost = "/", configure = a.Permissions.Configure, write = a.Permissions.Write, read = a.Permissions.Read }),
        };
        HostSettings.WriteOwnerOnly(path, JsonSerializer.Serialize(definitions));
    }

    /// <summary>Marks the users running once the node is (Aspire passes a parent's state on to child resources of containers only).</summary>
    internal static async Task PublishRunningAsync(IServiceProvider services, IEnumerable<LocalRabbitMQUserResource> users)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        foreach (var user in users)
        {
            await notifications.PublishUpdateAsync(user, s => s with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
        }
    }

    /// <summary>rabbit_password_hashing_sha256: base64 of a 4-byte salt followed by SHA-256(salt + UTF-8 password).</summary>
    private static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        return Convert.ToBase64String([.. salt, .. SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)])]);
    }

    private static async Task<string> ValueOf(ParameterResource parameter, CancellationToken ct) =>
        await parameter.GetValueAsync(ct) ?? throw new InvalidOperationException($"{parameter.Name} has no value.");
}
