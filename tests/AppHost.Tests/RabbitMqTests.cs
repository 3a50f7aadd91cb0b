using System.Net.Sockets;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

[Collection(nameof(SharedApp))]
public sealed class RabbitMqTests(SharedAppFixture fixture)
{
    private DistributedApplication App => fixture.App;

    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_generated_credentials_are_accepted()
    {
        await using var connection = await Connect(App.GetConnectionString("messaging"));

        Assert.True(connection.IsOpen);
    }

    [Fact]
    public async Task Guest_does_not_exist()
    {
        var asGuest = new UriBuilder(App.GetConnectionString("messaging")) { UserName = "guest", Password = "guest" };

        await Assert.ThrowsAsync<BrokerUnreachableException>(() => Connect(asGuest.Uri.ToString()));
    }

    [Fact]
    public void The_connection_string_names_a_generated_user_on_loopback()
    {
        var broker = new Uri(App.GetConnectionString("messaging"));

        Assert.Equal("amqp", broker.Scheme);
        Assert.Equal("127.0.0.1", broker.Host);
        Assert.StartsWith("app-", broker.UserInfo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_and_starting_the_broker_keeps_its_address_credentials_and_durable_queues()
    {
        var before = App.GetConnectionString("messaging");
        await using (var connection = await Connect(before))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Cancellation))
        {
            await channel.QueueDeclareAsync("apphost-tests-durable", durable: true, exclusive: false, autoDelete: false, cancellationToken: Cancellation);
        }

        await App.StopResourceAsync("messaging");
        Assert.Equal(ResourceState.Stopped, App.GetState("messaging"));
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => Connect(before));

        await App.StartResourceAsync("messaging", Cancellation);
        Assert.Equal(ResourceState.Healthy, App.GetState("messaging"));
        Assert.Equal(before, App.GetConnectionString("messaging"));
        await using (var connection = await Connect(before))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Cancellation))
        {
            var queue = await channel.QueueDeclarePassiveAsync("apphost-tests-durable", Cancellation);
            Assert.Equal("apphost-tests-durable", queue.QueueName);
        }
    }

    [Fact]
    public async Task The_broker_does_not_listen_beyond_loopback()
    {
        var amqp = App.GetEndpoint("messaging", "amqp");
        var otherAddress = System.Net.Dns.GetHostAddresses(System.Net.Dns.GetHostName())
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !System.Net.IPAddress.IsLoopback(a));
        Assert.SkipWhen(otherAddress is null, "This machine has no non-loopback IPv4 address to try.");

        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(otherAddress!, amqp.Port, Cancellation).AsTask());
    }

    private Task<IConnection> Connect(string uri) =>
        new ConnectionFactory { Uri = new Uri(uri), AutomaticRecoveryEnabled = false }.CreateConnectionAsync(Cancellation);
}
