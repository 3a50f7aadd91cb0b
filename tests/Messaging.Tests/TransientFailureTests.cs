using Grpc.Core;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>
/// A consumer whose dependency is away for longer than the quick retries last keeps the message until the
/// dependency is back (an outage delays work, it loses none); a failure that is not transient still gives up.
/// </summary>
public sealed class TransientFailureTests(InfrastructureFixture infrastructure)
{
    /// <summary>The quick policy tries a message six times (once and five retries) before it gives up.</summary>
    private const int QuickAttempts = 6;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_whose_dependency_is_unavailable_for_longer_than_the_quick_retries_is_consumed_once_it_answers()
    {
        // One failure more than the quick policy would try; the outage policy waits 1 + 2 + ... + 7 = 28 s in all.
        var dependency = new UnreliableDependency(QuickAttempts + 1, () => new RpcException(new Status(StatusCode.Unavailable, "directory restarting")));
        var (host, service) = await StartAsync(dependency);
        using var _ = host;

        await Eventually.HoldsAsync(() => Task.FromResult(dependency.Calls == QuickAttempts + 2),
            "the eighth call, the first after the dependency came back, consumed the message", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        Assert.Equal(QuickAttempts + 2, dependency.Calls);
        Assert.Equal(0u, await ErrorQueueDepthAsync(service));
    }

    [Fact]
    public async Task A_message_that_fails_for_a_reason_other_than_an_outage_goes_to_the_error_queue_after_the_quick_retries()
    {
        var dependency = new UnreliableDependency(int.MaxValue, () => new InvalidOperationException("a bug, not an outage"));
        var (host, service) = await StartAsync(dependency);
        using var _ = host;

        await Eventually.HoldsAsync(async () => await ErrorQueueDepthAsync(service) == 1,
            "the message waits in the error queue", TimeSpan.FromSeconds(60));
        Assert.Equal(QuickAttempts, dependency.Calls);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable, true)]
    [InlineData(StatusCode.DeadlineExceeded, true)]
    [InlineData(StatusCode.Cancelled, true)]
    [InlineData(StatusCode.NotFound, false)]
    [InlineData(StatusCode.PermissionDenied, false)]
    public void A_gRPC_status_is_transient_only_when_it_says_try_again_later(StatusCode status, bool transient) =>
        Assert.Equal(transient, TransientFailures.IsTransient(new RpcException(new Status(status, "answer"))));

    [Fact]
    public void A_transient_cause_inside_another_exception_is_found() =>
        Assert.True(TransientFailures.IsTransient(new InvalidOperationException("wrapped", new HttpRequestException("Connection refused"))));

    [Fact]
    public void A_call_that_timed_out_is_transient() =>
        Assert.True(TransientFailures.IsTransient(new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client.", new TaskCanceledException()))));

    private async Task<(IHost Host, string Service)> StartAsync(UnreliableDependency dependency)
    {
        var service = $"ledger-{Guid.NewGuid():N}";
        var database = await infrastructure.CreateDatabaseAsync("ledger", Ct);
        var host = await LedgerHost.StartAsync(database, infrastructure.BrokerConnectionString, service,
            bus => bus.AddConsumer<DependentConsumer>(),
            services => services.AddSingleton(dependency));
        await host.Services.GetRequiredService<IBus>().Publish(new AccountCheckRequestedIntegrationEvent(Guid.NewGuid()), Ct);
        return (host, service);
    }

    private async Task<uint> ErrorQueueDepthAsync(string service)
    {
        var factory = new ConnectionFactory { Uri = new Uri(infrastructure.BrokerConnectionString) };
        await using var connection = await factory.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        try
        {
            return (await channel.QueueDeclarePassiveAsync($"{service}-dependent_error", Ct)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // The error queue is declared on the first message moved to it.
            return 0;
        }
    }
}
