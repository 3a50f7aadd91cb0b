using SocialPrescribing.Messaging;
using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.Referrals;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReferralsContext>("referrals-db");
        builder.AddMessaging<ReferralsContext>();
        builder.Services.AddGrpc();
    }
}
