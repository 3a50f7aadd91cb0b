using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;
using MatchingClient = SocialPrescribing.Contracts.Matching.Matching.MatchingClient;
using ReferralsClient = SocialPrescribing.Contracts.Referrals.Referrals.ReferralsClient;
using VolunteeringClient = SocialPrescribing.Contracts.Volunteering.Volunteering.VolunteeringClient;

namespace SocialPrescribing.Matching.Api.Tests.Hosting;

/// <summary>
/// The real matching service in process, on its own fresh database and the test run's real RabbitMQ, with the
/// directory, referrals and volunteering services replaced by fakes the test fills. Scores count needs only
/// (every other weight is zero), so expected scores can be worked out by hand.
/// </summary>
internal sealed class MatchingApp : WebApplicationFactory<Program>
{
    private readonly string database;
    private readonly string broker;
    private readonly string serviceName;
    private static readonly TestTokenIssuer Tokens = new(Audiences.Matching);
    private GrpcChannel? channel;

    /// <summary>A token with the matching scope of a link worker on <paramref name="team"/> (default: the team <see cref="TestWorld"/>'s people are referred to).</summary>
    public static string LinkWorkerToken(Guid? team = null) => CaseWorkerToken(Roles.LinkWorker, team ?? TestWorld.Team);

    public static string CaseWorkerToken(string role, Guid team) => Tokens.Issue(role, [ApiScopes.Matching], teamId: team);

    public static string Token(string role, params string[] scopes) => Tokens.Issue(role, scopes);

    /// <summary>The account's token, with the scopes a real one carries (see <see cref="MatrixAccounts"/>).</summary>
    public static string TokenFor(TestAccount account) => Tokens.Token(account);

    /// <summary>A token as the identity service issues it to one of our services (its client id as subject).</summary>
    public static string ServiceToken(string clientId) => Tokens.Issue(Roles.Service, [ApiScopes.Matching], subject: clientId);

    private MatchingApp(string database, string broker, string serviceName) =>
        (this.database, this.broker, this.serviceName) = (database, broker, serviceName);

    public FakeDirectory Directory { get; } = new();
    public FakeReferrals Referrals { get; } = new();
    public FakeVolunteering Volunteering { get; } = new();

    /// <summary>Settings a test overrides (set them in its arrange step, before the service starts).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public static async Task<MatchingApp> StartAsync(InfrastructureFixture infrastructure, Action<MatchingApp>? arrange = null) =>
        await StartAsync(
            new MatchingApp(await infrastructure.CreateDatabaseAsync("matching", TestContext.Current.CancellationToken), infrastructure.BrokerConnectionString, $"matching-{Guid.NewGuid():N}"),
            arrange);

    /// <summary>Another replica of <paramref name="first"/>: the same database and the same queues, so the two compete for each event.</summary>
    public static Task<MatchingApp> StartReplicaAsync(MatchingApp first, Action<MatchingApp>? arrange = null) =>
        StartAsync(new MatchingApp(first.database, first.broker, first.serviceName), arrange);

    private static async Task<MatchingApp> StartAsync(MatchingApp app, Action<MatchingApp>? arrange)
    {
        arrange?.Invoke(app);
        var bus = app.Services.GetRequiredService<IBusControl>();
        // The service starts without waiting for the broker; a test must not publish before its queues are bound.
        Assert.Equal(BusHealthStatus.Healthy, await bus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60)));
        return app;
    }

    /// <summary>Starts with the four activities of <see cref="TestWorld"/> in the directory (caught up from its snapshot).</summary>
    public static Task<MatchingApp> StartWithDirectoryAsync(InfrastructureFixture infrastructure, Action<MatchingApp> arrange) =>
        StartAsync(infrastructure, app =>
        {
            app.Directory.Put(TestWorld.LunchClubActivity());
            app.Directory.Put(TestWorld.HealthWalkActivity());
            app.Directory.Put(TestWorld.FarClubActivity());
            app.Directory.Put(TestWorld.YouthClubActivity());
            arrange(app);
        });

    /// <summary>Asks for activity suggestions until at least <paramref name="count"/> come back (the snapshot is rebuilt in the background).</summary>
    public Task<SuggestResponse> WaitForSuggestionsAsync(Guid referral, int count) =>
        WaitForSuggestionsAsync(referral, r => r.Suggestions.Count >= count, $"{count} activities are suggested for referral {referral}");

    /// <summary>
    /// Asks for activity suggestions until <paramref name="activity"/> is among them. Sure when other tests run at once:
    /// their services' queues are bound to the same exchanges, so their activity events reach this one too.
    /// </summary>
    public Task<SuggestResponse> WaitForSuggestionAsync(Guid referral, Guid activity) =>
        WaitForSuggestionsAsync(referral, r => r.Suggestions.Any(s => s.CandidateId == activity.ToString()), $"activity {activity} is suggested for referral {referral}");

    private async Task<SuggestResponse> WaitForSuggestionsAsync(Guid referral, Func<SuggestResponse, bool> enough, string description)
    {
        SuggestResponse? response = null;
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                response = await Client().SuggestAsync(
                    new SuggestRequest { ReferralId = referral.ToString(), Kind = CandidateKind.Activity, K = 10 },
                    cancellationToken: TestContext.Current.CancellationToken);
                return enough(response);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable)
            {
                return false;
            }
        }, description);
        return response!;
    }

    /// <summary>
    /// Waits until the start-up's rebuilds (first build, volunteer sync, first LISTEN) are over: no new snapshot for a
    /// second. After that a rebuild has a cause the test gave it.
    /// </summary>
    public Task WaitUntilSettledAsync()
    {
        var holder = Services.GetRequiredService<MatchingSnapshotHolder>();
        return Eventually.HoldsAsync(
            () => Task.FromResult(holder.Current is { } snapshot && DateTimeOffset.UtcNow - snapshot.BuiltAt > TimeSpan.FromSeconds(1)),
            "no snapshot has been built for a second");
    }

    /// <summary>A client calling as a link worker.</summary>
    public MatchingClient Client()
    {
        channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = new BearerTokenHandler(LinkWorkerToken(), Server.CreateHandler()) });
        return new MatchingClient(channel);
    }

    /// <summary>A channel to the service with no token of its own (each call brings its own); the caller disposes it.</summary>
    public GrpcChannel AnonymousChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    /// <summary>A client with the given token, or none; the caller disposes the channel.</summary>
    public (MatchingClient Client, GrpcChannel Channel) ClientWith(string? accessToken)
    {
        HttpMessageHandler handler = accessToken is null ? Server.CreateHandler() : new BearerTokenHandler(accessToken, Server.CreateHandler());
        var callerChannel = GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = handler });
        return (new MatchingClient(callerChannel), callerChannel);
    }

    public Task PublishAsync<T>(T message) where T : Contracts.IntegrationEvents.IntegrationEvent =>
        Services.GetRequiredService<IBus>().Publish(message, c => c.MessageId = message.EventId, TestContext.Current.CancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:matching-db", database);
        builder.UseSetting("ConnectionStrings:messaging", broker);
        // Its own queue names (shared only with its replicas), so no other test's service competes for its messages.
        builder.UseSetting("OTEL_SERVICE_NAME", serviceName);
        builder.UseSetting("Postcodes:Path", TestWorld.PostcodesCsv);
        builder.UseSetting("Matching:RebuildDebounce", "00:00:00.100");
        builder.UseSetting("Matching:RetryDelay", "00:00:00.500");
        builder.UseSetting("Messaging:RelayPollInterval", "00:00:00.200");
        builder.UseSetting("Identity:Url", TestTokenIssuer.Issuer);
        builder.UseSetting("Identity:Audience", Audiences.Matching);
        foreach (var (part, weight) in TestWorld.NeedsOnlyWeights)
        {
            builder.UseSetting($"Matching:Weights:{part}", weight);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<DirectoryClient>(Directory);
            services.AddSingleton<ReferralsClient>(Referrals);
            services.AddSingleton<VolunteeringClient>(Volunteering);
            Tokens.TrustIn(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        channel?.Dispose();
        base.Dispose(disposing);
    }
}
