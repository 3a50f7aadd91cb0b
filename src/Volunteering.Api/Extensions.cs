using SocialPrescribing.Messaging;
using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.Volunteering;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<VolunteeringContext>("volunteering-db");
        builder.AddMessaging<VolunteeringContext>();
        builder.Services.AddGrpc();
    }
}
