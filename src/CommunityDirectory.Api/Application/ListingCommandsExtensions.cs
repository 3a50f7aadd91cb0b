using SocialPrescribing.CommunityDirectory.Infrastructure.Postcodes;

namespace SocialPrescribing.CommunityDirectory.Application;

public static class ListingCommandsExtensions
{
    /// <summary>
    /// The commands a VCSE client's organisations, places and activities go through, with what their validation reads
    /// (postcodes, the taxonomy): the API's, and the demo seeder's, so demo listings pass the same checks.
    /// </summary>
    public static IServiceCollection AddListingCommands(this IServiceCollection services)
    {
        services.AddOptions<PostcodeOptions>().BindConfiguration("Postcodes");
        services.AddSingleton<PostcodeDirectory>();
        services.AddSingleton<SharedTaxonomy>();
        services.AddScoped<TaxonomyCatalog>();
        services.AddScoped<ActivityRequestValidator>();
        services.AddScoped<LocationRequestValidator>();
        services.AddScoped<OrganisationCommands>();
        services.AddScoped<LocationCommands>();
        services.AddScoped<ActivityCommands>();
        return services;
    }
}
