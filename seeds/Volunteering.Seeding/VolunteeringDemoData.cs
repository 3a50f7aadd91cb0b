using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.ServiceData;
using SocialPrescribing.Volunteering.Infrastructure;

namespace SocialPrescribing.Volunteering.Seeding;

/// <summary>Where the demo volunteers and hours are loaded: by the development seeder, or by a test host running the volunteering service.</summary>
public static class VolunteeringDemoData
{
    /// <summary>In a host running the volunteering service itself: seeded at start, after its migrations.</summary>
    public static IServiceCollection AddVolunteeringDemoData(this IServiceCollection services) =>
        services.AddScoped<IDatabaseSeeder<VolunteeringContext>, VolunteeringSeeder>();

    /// <summary>In the development seeder: the volunteering database.</summary>
    public static IHostApplicationBuilder AddVolunteeringSeeding(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<VolunteeringContext>("volunteering-db");
        builder.Services.AddVolunteeringDemoData();
        return builder;
    }
}
