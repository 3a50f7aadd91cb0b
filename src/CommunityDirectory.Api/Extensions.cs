using System.Text.Json.Serialization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Npgsql;
using SocialPrescribing.CommunityDirectory.Apis.Oruk;
using SocialPrescribing.Messaging;
using SocialPrescribing.OpenApi;
using SocialPrescribing.RateLimiting;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.CommunityDirectory;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.TuneConnections("directory-db");
        builder.AddServiceDatabase<DirectoryContext>("directory-db");
        builder.Services.AddSingleton<DirectoryChanges>();
        builder.Services.AddSingleton<DirectoryChangeInterceptor>();
        // The context is pooled: its options are built once, from the root provider, so a singleton interceptor fits.
        builder.Services.ConfigureDbContext<DirectoryContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<DirectoryChangeInterceptor>()));
        builder.Services.AddSingleton<OrukResponseCache>();
        builder.AddMessaging<DirectoryContext>();
        builder.AddDefaultAuthentication();
        // Without Identity:Url no scheme is registered; the middleware still needs the services, and protected endpoints stay closed.
        builder.Services.AddAuthentication();
        builder.Services.AddDirectoryPolicies();
        builder.Services.AddGrpc();

        builder.Services.AddListingCommands();
        builder.Services.AddScoped<PlaceHolds>();
        builder.Services.AddScoped<ActivitySearch>();
        builder.Services.AddScoped<StaleListings>();
        builder.Services.AddOptions<StaleListingOptions>().BindConfiguration("StaleListings");
        builder.Services.AddHostedService<StaleListingMonitor>();
        builder.Services.AddScoped<IReferenceDataLoader<DirectoryContext>, TaxonomyLoader>();

        builder.Services.AddKebabCaseEnums();

        builder.AddDefaultOpenApi("SocialPrescribing community-asset directory",
            "Open Referral UK (HSDS-UK 3.0) read API (public), the VCSE write API under /api (bearer token with directory.write; " +
            "changes need the ETag in If-Match) and link-worker search under /api/search (directory.read). Errors are RFC 9457 problem details.",
            options => options.AddSchemaTransformer<OrukSchemaNames>());

        var permitsPerMinute = builder.Configuration.GetValue("RateLimiting:PublicReadPermitsPerMinute", 600);
        builder.Services.AddKeyedSingleton(OrukApi.RateLimitPolicy, (services, _) =>
            new FixedWindowLimits(permitsPerMinute, TimeSpan.FromMinutes(1), services.GetService<TimeProvider>() ?? TimeProvider.System));
        // The ORUK profile asks for Access-Control-Allow-Origin: * on its read endpoints.
        builder.Services.AddCors(cors => cors.AddPolicy(OrukApi.CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET")));
    }

    /// <summary>
    /// A search sends the same few statements with new values every time: prepared on each pooled connection
    /// (Npgsql's automatic preparation), PostgreSQL parses and plans them once instead of at every request. The
    /// directory's tables are small enough to stay in memory, where an index lookup costs about what a page of a
    /// scan does: told so (random_page_cost), the planner fetches a page's schedules and places by index instead of
    /// scanning every row. Settings already in the connection string win.
    /// </summary>
    private static void TuneConnections(this IHostApplicationBuilder builder, string connectionName)
    {
        var key = $"ConnectionStrings:{connectionName}";
        if (builder.Configuration[key] is { Length: > 0 } connectionString)
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString);
            settings.MaxAutoPrepare = settings.MaxAutoPrepare == 0 ? 64 : settings.MaxAutoPrepare;
            settings.Options ??= "-c random_page_cost=1.1";
            builder.Configuration[key] = settings.ConnectionString;
        }
    }
}
