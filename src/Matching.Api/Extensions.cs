using SocialPrescribing.Messaging;
using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.Matching;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MatchingContext>("matching-db");
        builder.AddMessaging<MatchingContext>(bus => bus.AddConsumer<ActivityPublishedConsumer>());
        builder.Services.AddGrpc();
    }
}
