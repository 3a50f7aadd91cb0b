using SocialPrescribing.Messaging;
using SocialPrescribing.Messaging.Persistence;

namespace SocialPrescribing.CommunityDirectory;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DirectoryContext>("directory-db");
        builder.AddMessaging<DirectoryContext>();
        builder.Services.AddGrpc();
    }
}
