using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Identity.Infrastructure;
using SocialPrescribing.Identity.Model;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Identity.Seeding;

/// <summary>Where the development users are created: by the development seeder, or by a test host running the identity service.</summary>
public static class IdentityDemoData
{
    /// <summary>In a host running the identity service itself: created at start, after its migrations.</summary>
    public static IServiceCollection AddIdentityDemoData(this IServiceCollection services) =>
        services.AddScoped<IDatabaseSeeder<IdentityContext>, DevelopmentUsers>();

    /// <summary>
    /// In the development seeder: the identity database and ASP.NET Core Identity's user store over it. Its default
    /// password rules are looser than the service's; the generated development password meets both.
    /// </summary>
    public static IHostApplicationBuilder AddIdentitySeeding(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityContext>("identity-db");
        builder.Services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityContext>();
        builder.Services.AddIdentityDemoData();
        return builder;
    }
}
