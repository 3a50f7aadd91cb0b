using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.CommunityDirectory.Application;

/// <summary>
/// Everything a VCSE group can do to its activities. Each command validates the whole request
/// before touching anything and saves the change with its events in one SaveChanges, so nothing
/// is half-written and no event describes a change that did not commit.
/// </summary>
public sealed class ActivityCommands(DirectoryContext db, ActivityRequestValidator validator, IIntegrationEventOutbox outbox, TimeProvider time)
{
    /// <param name="id">Null for a new id; the seeder passes its stable ids.</param>
    public async Task<CommandResult<Activity>> CreateAsync(Guid organisationId, ActivityRequest request, CancellationToken cancellationToken, Guid? id = null)
    {
        var (details, errors) = await validator.ValidateAsync(organisationId, request, cancellationToken);
        if (details is null)
        {
            return CommandResult<Activity>.Invalid(errors);
        }
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            return Unregistered<Activity>();
        }
        var activity = Activity.Create(id ?? Guid.CreateVersion7(), organisationId, details, request.TotalPlaces, time.GetUtcNow());
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Activity>.Created(activity);
    }

    /// <summary>Replaces the activity's details. A new total of places is checked against the places already held.</summary>
    public Task<CommandResult<Activity>> UpdateAsync(Guid organisationId, Guid activityId, ActivityRequest request, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(organisationId, activityId, ifMatch, cancellationToken, async (activity, now) =>
        {
            var (details, errors) = await validator.ValidateAsync(organisationId, request, cancellationToken);
            if (details is null)
            {
                return CommandResult<Activity>.Invalid(errors);
            }
            if (request.TotalPlaces != activity.TotalPlaces
                && await ChangeCapacityAsync(activity, "totalPlaces", request.TotalPlaces, now, cancellationToken) is { } refused)
            {
                return refused;
            }
            activity.Apply(details, now);
            if (activity.Status == ActivityStatus.Published)
            {
                outbox.Add(new ActivityChangedIntegrationEvent(activity.Id, activity.OrganisationId, activity.Name, now));
            }
            return null;
        });

    public Task<CommandResult<Activity>> PublishAsync(Guid organisationId, Guid activityId, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(organisationId, activityId, ifMatch, cancellationToken, (activity, now) =>
        {
            if (activity.Publish(now))
            {
                outbox.Add(new ActivityPublishedIntegrationEvent(activity.Id, activity.OrganisationId, activity.Name, now));
            }
            return Task.FromResult<CommandResult<Activity>?>(null);
        });

    public Task<CommandResult<Activity>> WithdrawAsync(Guid organisationId, Guid activityId, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(organisationId, activityId, ifMatch, cancellationToken, (activity, now) =>
        {
            if (activity.Withdraw(now))
            {
                outbox.Add(new ActivityWithdrawnIntegrationEvent(activity.Id, activity.OrganisationId, now));
            }
            return Task.FromResult<CommandResult<Activity>?>(null);
        });

    /// <summary>The group confirms the listing is still right: it stops being stale.</summary>
    public Task<CommandResult<Activity>> ConfirmCheckedAsync(Guid organisationId, Guid activityId, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(organisationId, activityId, ifMatch, cancellationToken, (activity, now) =>
        {
            activity.MarkChecked(now);
            return Task.FromResult<CommandResult<Activity>?>(null);
        });

    public Task<CommandResult<Activity>> ChangeCapacityAsync(Guid organisationId, Guid activityId, CapacityRequest request, IfMatch? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(organisationId, activityId, ifMatch, cancellationToken,
            (activity, now) => ChangeCapacityAsync(activity, "totalPlaces", request.TotalPlaces, now, cancellationToken));

    internal static CommandResult<T> Unregistered<T>() where T : class =>
        CommandResult<T>.Conflict("organisation", "Register your organisation with PUT /api/organisation before listing activities or places.");

    /// <summary>
    /// Sets a new total. Free places are the total less the places held now; a hold taken
    /// between this read and the save changes the row version, so the save is refused (412)
    /// rather than miscounting.
    /// </summary>
    private async Task<CommandResult<Activity>?> ChangeCapacityAsync(Activity activity, string field, int? totalPlaces, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        ActivityRequestValidator.Places(errors, field, totalPlaces);
        var held = await db.PlaceHolds.CountAsync(h => h.ActivityId == activity.Id && h.ReleasedAt == null, cancellationToken);
        if (!errors.Any && totalPlaces < held)
        {
            errors.Add(field, $"{held} places are held for people already; the total cannot go below that.");
        }
        if (errors.Any)
        {
            return CommandResult<Activity>.Invalid(errors);
        }
        activity.ChangeCapacity(totalPlaces, held, now);
        outbox.Add(new ActivityCapacityChangedIntegrationEvent(activity.Id, activity.OrganisationId, activity.TotalPlaces, activity.FreePlaces, now));
        return null;
    }

    /// <summary>
    /// The shape every change shares: load, check ownership and If-Match (required: 428 without, 412 when stale),
    /// apply (which may refuse), save with the row version as the concurrency token.
    /// </summary>
    private async Task<CommandResult<Activity>> ChangeAsync(
        Guid organisationId, Guid activityId, IfMatch? ifMatch, CancellationToken cancellationToken,
        Func<Activity, DateTimeOffset, Task<CommandResult<Activity>?>> change)
    {
        var activity = ListingOwnership.Ensure(
            await db.Activities.AsSplitQuery().FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken), a => a.OrganisationId, organisationId, "activity", activityId);
        IfMatch.Ensure(ifMatch, activity.Version);
        if (await change(activity, time.GetUtcNow()) is { } rejected)
        {
            return rejected;
        }
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<Activity>.Done(activity);
    }
}
