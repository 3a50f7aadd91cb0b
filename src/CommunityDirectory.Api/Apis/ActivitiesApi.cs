using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Messaging.Outbox;

namespace SocialPrescribing.CommunityDirectory.Apis;

public static class ActivitiesApi
{
    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/activities");
        api.MapPost("/", CreateActivity);
        api.MapGet("/{id:guid}", GetActivity);
        api.MapPost("/{id:guid}/publish", PublishActivity);
        return app;
    }

    public static async Task<Results<Created<ActivityResponse>, ValidationProblem>> CreateActivity(
        CreateActivityRequest request, DirectoryContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow();
        var activity = new Activity
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = request.OrganisationId,
            Name = request.Name.Trim(),
            Description = request.Description?.Trim() ?? "",
            CreatedAt = now,
        };
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/activities/{activity.Id}", ActivityResponse.From(activity));
    }

    public static async Task<Results<Ok<ActivityResponse>, NotFound>> GetActivity(Guid id, DirectoryContext db, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } activity
            ? TypedResults.Ok(ActivityResponse.From(activity))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<ActivityResponse>, NotFound>> PublishActivity(
        Guid id, DirectoryContext db, IIntegrationEventOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (activity.Publish(now))
        {
            // Saved with the change itself: the event leaves only if the publish commits.
            outbox.Add(new ActivityPublishedIntegrationEvent(activity.Id, activity.OrganisationId, activity.Name, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.Ok(ActivityResponse.From(activity));
    }
}

public sealed record CreateActivityRequest(Guid OrganisationId, string Name, string? Description)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (OrganisationId == Guid.Empty)
        {
            errors["organisationId"] = ["Enter the organisation that runs the activity."];
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors["name"] = ["Enter the activity's name."];
        }
        else if (Name.Length > 200)
        {
            errors["name"] = ["The activity's name must be 200 characters or fewer."];
        }
        if (Description is { Length: > 4000 })
        {
            errors["description"] = ["The description must be 4,000 characters or fewer."];
        }
        return errors;
    }
}

public sealed record ActivityResponse(Guid Id, Guid OrganisationId, string Name, string Description, string Status, DateTimeOffset ModifiedAt)
{
    public static ActivityResponse From(Activity activity) =>
        new(activity.Id, activity.OrganisationId, activity.Name, activity.Description, activity.Status.ToString(), activity.ModifiedAt);
}
