using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using SocialPrescribing.AppHost.Hosting;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>What one compromised service could reach with the credentials the AppHost gives it.</summary>
[Collection(nameof(SharedCredentials))]
public sealed class LeastPrivilegeTests(CredentialsApp credentials)
{
    private const ushort AccessRefused = 403;

    private const string IntegrationsUser = $"{EventSubscriptions.OutsideSubscribersUser}-messaging";

    private TestKit.Hosting.AspireApp App => credentials.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_services_database_role_is_not_a_superuser_and_cannot_create_databases_or_roles()
    {
        var referrals = await App.GetConnectionStringAsync("referrals-db");

        Assert.Equal("referrals-db", await Sql.ScalarAsync(referrals, "SELECT current_user"));
        Assert.Equal(false, await Sql.ScalarAsync(referrals, "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls FROM pg_roles WHERE rolname = current_user"));
    }

    [Fact]
    public async Task A_services_database_role_owns_its_database_so_its_migrations_can_create_tables()
    {
        var referrals = await App.GetConnectionStringAsync("referrals-db");

        await Sql.ScalarAsync(referrals, "CREATE TABLE public.migrated (id int); INSERT INTO migrated VALUES (1); DROP TABLE migrated");

        Assert.Equal("referrals-db", await Sql.ScalarAsync(referrals, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"));
    }

    [Theory]
    [InlineData("volunteering-db")]
    [InlineData("postgres")]
    public async Task A_services_database_role_cannot_connect_to_another_database(string database)
    {
        var elsewhere = new NpgsqlConnectionStringBuilder(await App.GetConnectionStringAsync("referrals-db")) { Database = database };

        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql.ScalarAsync(elsewhere.ConnectionString, "SELECT 1"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task A_services_broker_user_can_publish_the_events_it_owns()
    {
        await DeclareExchangeAsAdminAsync(typeof(ReferralClosedIntegrationEvent));
        await using var referrals = await ChannelAsync("referrals-messaging");

        await referrals.Channel.BasicPublishAsync(BrokerPermissions.ExchangeOf(typeof(ReferralClosedIntegrationEvent)), "", "{}"u8.ToArray(), Ct);

        Assert.True(referrals.Channel.IsOpen);
    }

    [Fact]
    public async Task A_services_broker_user_cannot_publish_an_event_another_service_owns()
    {
        await DeclareExchangeAsAdminAsync(typeof(VolunteerRegisteredIntegrationEvent));
        await using var referrals = await ChannelAsync("referrals-messaging");

        await Assert.ThrowsAnyAsync<OperationInterruptedException>(async () =>
            await referrals.Channel.BasicPublishAsync(BrokerPermissions.ExchangeOf(typeof(VolunteerRegisteredIntegrationEvent)), "", "{}"u8.ToArray(), Ct));

        Assert.Equal(AccessRefused, referrals.Channel.CloseReason?.ReplyCode);
    }

    [Fact]
    public async Task A_services_broker_user_cannot_read_another_services_queue()
    {
        await using (var admin = await ChannelAsync("messaging"))
        {
            await admin.Channel.QueueDeclareAsync("volunteering-connection-attended", durable: true, exclusive: false, autoDelete: false, cancellationToken: Ct);
        }
        await using var referrals = await ChannelAsync("referrals-messaging");

        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() => referrals.Channel.BasicGetAsync("volunteering-connection-attended", autoAck: true, Ct));

        Assert.Equal(AccessRefused, refused.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task A_services_broker_user_cannot_subscribe_its_own_queue_to_an_event_it_does_not_consume()
    {
        await DeclareExchangeAsAdminAsync(typeof(ReferralMessageBackIntegrationEvent));
        await using var matching = await ChannelAsync("matching-messaging");
        await matching.Channel.ExchangeDeclareAsync("matching-eavesdrop", ExchangeType.Fanout, durable: false, autoDelete: true, cancellationToken: Ct);

        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() =>
            matching.Channel.ExchangeBindAsync("matching-eavesdrop", BrokerPermissions.ExchangeOf(typeof(ReferralMessageBackIntegrationEvent)), "", cancellationToken: Ct));

        Assert.Equal(AccessRefused, refused.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task An_outside_system_can_subscribe_a_queue_of_its_own_to_an_event_published_for_it()
    {
        var messageBack = BrokerPermissions.ExchangeOf(typeof(ReferralMessageBackIntegrationEvent));
        await DeclareExchangeAsAdminAsync(typeof(ReferralMessageBackIntegrationEvent));
        await using var integrations = await ChannelAsync(IntegrationsUser);
        await integrations.Channel.QueueDeclareAsync("integrations-gp-records", durable: false, exclusive: false, autoDelete: true, cancellationToken: Ct);
        await integrations.Channel.QueueBindAsync("integrations-gp-records", messageBack, "", cancellationToken: Ct);

        await using (var admin = await ChannelAsync("messaging"))
        {
            await admin.Channel.BasicPublishAsync(messageBack, "", "{}"u8.ToArray(), Ct);
        }

        await Eventually.HoldsAsync(async () => await integrations.Channel.BasicGetAsync("integrations-gp-records", autoAck: true, Ct) is not null,
            "the message back reaches the outside system's queue");
    }

    [Fact]
    public async Task An_outside_system_cannot_subscribe_to_an_event_only_the_services_consume()
    {
        await DeclareExchangeAsAdminAsync(typeof(ReferralSubmittedIntegrationEvent));
        await using var integrations = await ChannelAsync(IntegrationsUser);
        await integrations.Channel.QueueDeclareAsync("integrations-eavesdrop", durable: false, exclusive: false, autoDelete: true, cancellationToken: Ct);

        var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() =>
            integrations.Channel.QueueBindAsync("integrations-eavesdrop", BrokerPermissions.ExchangeOf(typeof(ReferralSubmittedIntegrationEvent)), "", cancellationToken: Ct));

        Assert.Equal(AccessRefused, refused.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task An_outside_system_cannot_forge_an_event_published_for_it()
    {
        await DeclareExchangeAsAdminAsync(typeof(ReferralMessageBackIntegrationEvent));
        await using var integrations = await ChannelAsync(IntegrationsUser);

        await Assert.ThrowsAnyAsync<OperationInterruptedException>(async () =>
            await integrations.Channel.BasicPublishAsync(BrokerPermissions.ExchangeOf(typeof(ReferralMessageBackIntegrationEvent)), "", "{}"u8.ToArray(), Ct));

        Assert.Equal(AccessRefused, integrations.Channel.CloseReason?.ReplyCode);
    }

    [Fact]
    public async Task Every_credential_is_generated_for_its_own_resource_and_kept_owner_only()
    {
        string[] resources = ["postgres", "messaging", .. from s in CredentialsApp.Services from r in new[] { $"{s}-db", $"{s}-messaging" } select r];

        var passwords = new List<string>();
        foreach (var resource in resources)
        {
            var connectionString = await App.GetConnectionStringAsync(resource);
            passwords.Add(connectionString.StartsWith("amqp:", StringComparison.Ordinal)
                ? new Uri(connectionString).UserInfo.Split(':')[1]
                : new NpgsqlConnectionStringBuilder(connectionString).Password!);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(App.DataDirectory, resource + ".secret")));
        }

        Assert.Equal(resources.Length, passwords.Distinct().Count());
    }

    private async Task DeclareExchangeAsAdminAsync(Type eventType)
    {
        await using var admin = await ChannelAsync("messaging");
        await admin.Channel.ExchangeDeclareAsync(BrokerPermissions.ExchangeOf(eventType), ExchangeType.Fanout, durable: true, cancellationToken: Ct);
    }

    private async Task<Amqp.Session> ChannelAsync(string resource) => await Amqp.OpenChannelAsync(await App.GetConnectionStringAsync(resource));
}

/// <summary>The AppHost's model as built, not run: what each service is given.</summary>
public sealed class CredentialWiringTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("directory")]
    [InlineData("referrals")]
    [InlineData("volunteering")]
    [InlineData("matching")]
    public async Task Each_service_is_given_its_own_database_role_and_broker_user(string service)
    {
        var folder = Directory.CreateTempSubdirectory("apphost-tests-wiring-").FullName;
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(HostSettings), [$"--{HostSettings.DataDirectoryKey}={folder}"], Ct);
            var project = builder.Resources.OfType<ProjectResource>().Single(p => p.Name == service);

            // The resources whose connection strings the service is given (WithReference), whatever the generated secrets.
            var referenced = project.Annotations.OfType<ResourceRelationshipAnnotation>().Where(r => r.Type == "Reference").Select(r => r.Resource).ToList();

            Assert.Contains(referenced, r => r is LocalPostgresDatabaseResource { OwnerRole: var role } && role == $"{service}-db");
            Assert.Contains(referenced, r => r is LocalRabbitMQUserResource { UserName: var user } && user == service);
            Assert.DoesNotContain(referenced, r => r is LocalPostgresResource or LocalRabbitMQResource);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_event_names_a_service_that_publishes_it_and_every_consumed_event_is_one()
    {
        var events = typeof(IntegrationEvent).Assembly.GetTypes().Where(t => t.IsAssignableTo(typeof(IntegrationEvent)) && !t.IsAbstract).ToList();

        Assert.All(events, e => Assert.Contains(e.GetCustomAttribute<PublishedByAttribute>()?.Service, EventSubscriptions.ByService.Keys));
        Assert.All(EventSubscriptions.ByService.Values.SelectMany(consumed => consumed), e => Assert.Contains(e, events));
    }

    [Fact]
    public void Every_event_is_consumed_by_a_service_or_names_the_outside_system_it_is_published_for()
    {
        var consumed = EventSubscriptions.ByService.Values.SelectMany(events => events).ToHashSet();
        var events = typeof(IntegrationEvent).Assembly.GetTypes().Where(t => t.IsAssignableTo(typeof(IntegrationEvent)) && !t.IsAbstract);

        Assert.All(events, e => Assert.True(consumed.Contains(e) || EventSubscriptions.ForOutsideSubscribers.Contains(e),
            $"{e.Name} has no consumer here and names no outside subscriber ([OutsideSubscriber])."));
    }
}
