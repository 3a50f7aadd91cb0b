using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using SocialPrescribing.CommunityDirectory.Apis.Oruk;
using SocialPrescribing.CommunityDirectory.Infrastructure.Postcodes;
using SocialPrescribing.CommunityDirectory.Seeding;
using SocialPrescribing.Messaging;
using SocialPrescribing.Messaging.Persistence;
using SocialPrescribing.OpenApi;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.CommunityDirectory;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DirectoryContext>("directory-db");
        builder.AddMessaging<DirectoryContext>();
        builder.AddDefaultAuthentication();
        // Without Identity:Url no scheme is registered; the middleware still needs the services, and protected endpoints stay closed.
        builder.Services.AddAuthentication();
        builder.Services.AddDirectoryPolicies();
        builder.Services.AddGrpc();

        builder.Services.AddOptions<PostcodeOptions>().BindConfiguration("Postcodes");
        builder.Services.AddSingleton<PostcodeDirectory>();
        builder.Services.AddScoped<TaxonomyCatalog>();
        builder.Services.AddScoped<ActivityRequestValidator>();
        builder.Services.AddScoped<LocationRequestValidator>();
        builder.Services.AddScoped<OrganisationCommands>();
        builder.Services.AddScoped<LocationCommands>();
        builder.Services.AddScoped<ActivityCommands>();
        builder.Services.AddScoped<PlaceHolds>();
        builder.Services.AddScoped<ActivitySearch>();
        builder.Services.AddScoped<StaleListings>();
        builder.Services.AddOptions<StaleListingOptions>().BindConfiguration("StaleListings");
        builder.Services.AddHostedService<StaleListingMonitor>();
        builder.Services.AddScoped<IDatabaseSeeder<DirectoryContext>, DirectorySeeder>();

        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)));

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
}
