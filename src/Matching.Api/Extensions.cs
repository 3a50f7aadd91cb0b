using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Matching.Sources;
using SocialPrescribing.Matching.Suggestions;
using SocialPrescribing.Messaging;
using SocialPrescribing.ServiceData;
using DirectoryClient = SocialPrescribing.Contracts.Directory.Directory.DirectoryClient;
using ReferralsClient = SocialPrescribing.Contracts.Referrals.Referrals.ReferralsClient;
using VolunteeringClient = SocialPrescribing.Contracts.Volunteering.Volunteering.VolunteeringClient;

namespace SocialPrescribing.Matching;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MatchingContext>("matching-db");
        builder.AddDefaultAuthentication();
        builder.Services.AddMatchingPolicies();
        builder.AddMessaging<MatchingContext>(bus =>
        {
            bus.AddConsumer<ActivityPublishedConsumer>();
            bus.AddConsumer<ActivityChangedConsumer>();
            bus.AddConsumer<ActivityWithdrawnConsumer>();
            bus.AddConsumer<ActivityCapacityChangedConsumer>();
            bus.AddConsumer<ActivityRatedConsumer>();
            bus.AddConsumer<ReferralSubmittedConsumer>();
            bus.AddConsumer<ReferralProfileChangedConsumer>();
            bus.AddConsumer<ReferralClosedConsumer>();
            bus.AddConsumer<VolunteerChangesConsumer>();
        });
        builder.Services.AddGrpc();
        builder.AddMatching();

        builder.AddUpstreamClient<DirectoryClient>("directory", Contracts.Directory.Directory.Descriptor);
        builder.AddUpstreamClient<ReferralsClient>("referrals", Contracts.Referrals.Referrals.Descriptor);
        builder.AddUpstreamClient<VolunteeringClient>("volunteering", Contracts.Volunteering.Volunteering.Descriptor);
        builder.Services.AddScoped<ActivityStore>();
        builder.Services.AddScoped<VolunteerStore>();
        builder.Services.AddScoped<ProfileStore>();
        builder.Services.AddScoped<ReferralProfiles>();
        builder.Services.AddScoped<SnapshotBuilder>();
        builder.Services.AddScoped<MatchProposer>();
        builder.Services.AddSingleton<ReadModelChanges>();
        builder.Services.AddSingleton<VolunteerSyncRequests>();
        builder.Services.AddSingleton<CatchUpProgress>();
        builder.Services.AddHostedService<ReadModelCatchUp>();
        builder.Services.AddHostedService<SnapshotRebuilder>();
        builder.Services.AddHostedService<ReadModelListener>();
    }

    /// <summary>The matcher's configuration (validated now, so wrong weights stop the start) and its snapshot holder.</summary>
    public static void AddMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(MatchingReferenceLoader.Load(builder.Configuration));
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration("Matching");
        builder.Services.AddSingleton<MatchingSnapshotHolder>();
    }

    /// <summary>
    /// A gRPC client of another service's second (HTTP/2) endpoint, found by service discovery
    /// (<c>services:{name}:grpc:0</c>). Background calls carry this service's own token once identity is configured.
    /// </summary>
    private static void AddUpstreamClient<TClient>(this IHostApplicationBuilder builder, string service, Google.Protobuf.Reflection.ServiceDescriptor methods)
        where TClient : class
    {
        var client = builder.Services.AddGrpcClient<TClient>(o => o.Address = new Uri($"http://_grpc.{service}"))
            .RetrySideEffectFreeMethods(methods);
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Identity:Url"]))
        {
            client.AddServiceToken();
        }
    }
}
