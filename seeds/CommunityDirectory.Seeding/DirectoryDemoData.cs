using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.CommunityDirectory.Application;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.Messaging;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.CommunityDirectory.Seeding;

/// <summary>Where the directory's demo data is loaded: by the development seeder, or by a test host running the directory.</summary>
public static class DirectoryDemoData
{
    /// <summary>In a host running the directory itself: seeded at start, after its migrations and taxonomy.</summary>
    public static IServiceCollection AddDirectoryDemoData(this IServiceCollection services) =>
        services.AddScoped<IDatabaseSeeder<DirectoryContext>, DirectorySeeder>();

    /// <summary>In the development seeder: the directory's database, outbox and the commands a VCSE client's requests go through.</summary>
    public static IHostApplicationBuilder AddDirectorySeeding(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DirectoryContext>("directory-db");
        builder.AddMessaging<DirectoryContext>();
        builder.Services.AddListingCommands().AddDirectoryDemoData();
        return builder;
    }
}
