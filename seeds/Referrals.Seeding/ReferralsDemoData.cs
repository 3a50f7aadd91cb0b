using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialPrescribing.Messaging;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Infrastructure;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Referrals.Seeding;

/// <summary>Where the demo people and referrals are loaded: by the development seeder, or by a test host running the referrals service.</summary>
public static class ReferralsDemoData
{
    /// <summary>In a host running the referrals service itself: seeded at start, after its migrations.</summary>
    public static IServiceCollection AddReferralsDemoData(this IServiceCollection services) =>
        services.AddScoped<IDatabaseSeeder<ReferralsContext>, ReferralsSeeder>();

    /// <summary>In the development seeder: the referrals database, its outbox and the connection lifecycle.</summary>
    public static IHostApplicationBuilder AddReferralsSeeding(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReferralsContext>("referrals-db");
        builder.AddMessaging<ReferralsContext>();
        builder.Services.AddSingleton<IWorkingDayCalendar>(new EnglandAndWalesBankHolidays());
        builder.Services.AddSingleton<ConnectionLifecycle>();
        builder.Services.AddReferralsDemoData();
        return builder;
    }
}
