using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.CommunityDirectory.Application;

public sealed class LocationCommands(DirectoryContext db, LocationRequestValidator validator, IIntegrationEventOutbox outbox, TimeProvider time)
{
    /// <param name="id">Null for a new id; the seeder passes its stable ids.</param>
    public async Task<CommandResult<Location>> CreateAsync(Guid organisationId, LocationRequest request, CancellationToken cancellationToken, Guid? id = null)
    {
        var (details, errors) = validator.Validate(request);
        if (details is null)
        {
            return CommandResult<Location>.Invalid(errors);
        }
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return ActivityCommands.Unregistered<Location>();
        }
        var location = new Location
        {
            Id = id ?? Guid.CreateVersion7(),
            OrganisationId = organisationId,
            Name = details.Name,
            AddressLine1 = details.AddressLine1,
            City = details.City,
            Postcode = details.Postcode.Postcode,
            PostcodeDistrict = details.Postcode.District,
        };
        location.Apply(details, time.GetUtcNow());
        db.Locations.Add(location);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Location>.Created(location);
    }

    /// <summary>Moves or renames a place; published activities there are announced as changed, since distances change with it.</summary>
    public async Task<CommandResult<Location>> UpdateAsync(Guid organisationId, Guid locationId, LocationRequest request, IfMatch? ifMatch, CancellationToken cancellationToken)
    {
        var location = ListingOwnership.Ensure(
            await db.Locations.FirstOrDefaultAsync(l => l.Id == locationId, cancellationToken), l => l.OrganisationId, organisationId, "location", locationId);
        IfMatch.Ensure(ifMatch, location.Version);
        var (details, errors) = validator.Validate(request);
        if (details is null)
        {
            return CommandResult<Location>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        location.Apply(details, now);
        var affected = await db.Activities.IgnoreAutoIncludes()
            .Where(a => a.Status == ActivityStatus.Published && a.Locations.Any(l => l.LocationId == locationId))
            .Select(a => new { a.Id, a.OrganisationId, a.Name })
            .ToListAsync(cancellationToken);
        foreach (var activity in affected)
        {
            outbox.Add(new ActivityChangedIntegrationEvent(activity.Id, activity.OrganisationId, activity.Name, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Location>.Done(location);
    }
}
