using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialPrescribing.CommunityDirectory.Application;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.Conventions;
using SocialPrescribing.Seeds.Model;
using SocialPrescribing.Seeds;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.CommunityDirectory.Seeding;

/// <summary>
/// Loads the demo directory (the taxonomy is already there: the directory loads it at every start):
/// organisations, places and activities through the same commands the VCSE API uses, published as a group would
/// publish them. Re-running it adds only what is missing.
/// </summary>
public sealed partial class DirectorySeeder(
    IConfiguration configuration,
    IServiceScopeFactory scopes,
    ILogger<DirectorySeeder> logger) : IDatabaseSeeder<DirectoryContext>
{
    public async Task SeedAsync(DirectoryContext db, CancellationToken cancellationToken)
    {
        var catalog = SeedCatalog.FromSetting(configuration["Seeds:Path"]);
        var added = 0;
        foreach (var organisation in catalog.Organisations)
        {
            await using var scope = scopes.CreateAsyncScope();
            added += await SeedOrganisationAsync(scope.ServiceProvider, catalog, organisation, cancellationToken);
        }
        LogSeeded(added, catalog.Activities.Count);
    }

    private async Task<int> SeedOrganisationAsync(IServiceProvider services, SeedCatalog catalog, OrganisationSeed seed, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<DirectoryContext>();
        var organisationId = SeedIds.ToGuid(seed.Id);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            Require(await services.GetRequiredService<OrganisationCommands>()
                .SaveAsync(organisationId, SeedRequests.Organisation(seed), null, cancellationToken), seed.Id);
        }

        var locations = services.GetRequiredService<LocationCommands>();
        foreach (var location in catalog.Locations.Where(l => l.OrganisationId == seed.Id))
        {
            var locationId = SeedIds.ToGuid(location.Id);
            if (!await db.Locations.AnyAsync(l => l.Id == locationId, cancellationToken))
            {
                Require(await locations.CreateAsync(organisationId, SeedRequests.Location(location), cancellationToken, locationId), location.Id);
            }
        }

        var activities = services.GetRequiredService<ActivityCommands>();
        var added = 0;
        foreach (var activity in catalog.Activities.Where(a => a.OrganisationId == seed.Id))
        {
            var activityId = SeedIds.ToGuid(activity.Id);
            if (await db.Activities.AnyAsync(a => a.Id == activityId, cancellationToken))
            {
                continue;
            }
            Require(await activities.CreateAsync(organisationId, SeedRequests.Activity(activity), cancellationToken, activityId), activity.Id);
            var published = Require(await activities.PublishAsync(organisationId, activityId, IfMatch.Any, cancellationToken), activity.Id);
            // The demo data says when each listing was last confirmed; some are meant to be stale.
            published.MarkChecked(new DateTimeOffset(activity.LastChecked.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            await db.SaveChangesAsync(cancellationToken);
            added++;
        }
        return added;
    }

    private static T Require<T>(CommandResult<T> result, string seedId) where T : class =>
        result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException($"Seed '{seedId}' was refused ({result.Outcome}): " +
                string.Join("; ", (result.Errors ?? new Dictionary<string, string[]>()).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory seeded: {Added} new of {Total} demo activities")]
    private partial void LogSeeded(int added, int total);
}
