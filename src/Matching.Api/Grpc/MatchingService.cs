using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Allocation;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Snapshot;
using SocialPrescribing.Messaging.Outbox;
using GrpcMatching = SocialPrescribing.Contracts.Matching.Matching;

namespace SocialPrescribing.Matching.Grpc;

/// <summary>
/// The matcher's gRPC face. Suggest, Explain and Allocate answer from the current in-memory snapshot; bad input
/// becomes a status with a message (the domain's own messages for what it rejects), never a failed service.
/// </summary>
public sealed class MatchingService(
    MatchingContext db,
    MatchingSnapshotHolder snapshots,
    ReferralProfiles profiles,
    IIntegrationEventOutbox outbox,
    IAuthorizationService authorization,
    TimeProvider time) : GrpcMatching.MatchingBase
{
    private const int MaxListLimit = 200;

    [AllowAnonymous]
    public override async Task<KnownActivity> GetKnownActivity(GetKnownActivityRequest request, ServerCallContext context)
    {
        var id = RequestValues.Id(request.ActivityId, "activity_id");
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.ActivityId == id, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Activity {id} is not known to the matcher (yet)."));
        return ToContract(activity);
    }

    [AllowAnonymous]
    public override async Task<ListKnownActivitiesResponse> ListKnownActivities(ListKnownActivitiesRequest request, ServerCallContext context)
    {
        if (request.Limit is < 1 or > MaxListLimit)
        {
            throw RequestValues.Invalid($"limit must be between 1 and {MaxListLimit}.");
        }
        var activities = await db.Activities.AsNoTracking()
            .OrderByDescending(a => a.PublishedAt)
            .Take(request.Limit)
            .ToListAsync(context.CancellationToken);
        return new ListKnownActivitiesResponse { Activities = { activities.Select(ToContract) } };
    }

    [Authorize(Policy = MatchingPolicies.Suggestions)]
    public override async Task<SuggestResponse> Suggest(SuggestRequest request, ServerCallContext context)
    {
        var referralId = RequestValues.Id(request.ReferralId, "referral_id");
        var kind = RequestValues.Kind(request.Kind);
        var snapshot = CurrentSnapshot();
        var person = await PlaceableProfileAsync(snapshot, referralId, context);
        var suggestions = Guarded(() => snapshot.Suggester.Suggest(person, kind, request.K));
        return new SuggestResponse
        {
            ReferralId = referralId.ToString(),
            Kind = request.Kind,
            Suggestions = { suggestions.Select(s => s.ToContract()) },
            ReadModelBuiltAt = Timestamp.FromDateTimeOffset(snapshot.BuiltAt),
        };
    }

    [Authorize(Policy = MatchingPolicies.Suggestions)]
    public override async Task<ExplainResponse> Explain(ExplainRequest request, ServerCallContext context)
    {
        var referralId = RequestValues.Id(request.ReferralId, "referral_id");
        var kind = RequestValues.Kind(request.Kind);
        var candidateId = RequestValues.Id(request.CandidateId, "candidate_id");
        var snapshot = CurrentSnapshot();
        var person = await PlaceableProfileAsync(snapshot, referralId, context);
        return Guarded(() => snapshot.Suggester.Explain(person, kind, candidateId)).ToContract();
    }

    [Authorize(Policy = MatchingPolicies.Suggestions)]
    public override async Task<AllocateResponse> Allocate(AllocateRequest request, ServerCallContext context)
    {
        var kind = RequestValues.Kind(request.Kind);
        var referralIds = request.ReferralIds.Select(id => RequestValues.Id(id, "referral_ids")).ToList();
        if (referralIds.Count == 0)
        {
            throw RequestValues.Invalid("referral_ids is empty; give the waiting list to allocate.");
        }
        var capacities = Capacities(request);
        var snapshot = CurrentSnapshot();
        var waitingList = new List<PersonProfile>(referralIds.Count);
        foreach (var referralId in referralIds)
        {
            waitingList.Add(await PlaceableProfileAsync(snapshot, referralId, context));
        }
        var allocationRequest = new AllocationRequest(waitingList, kind)
        {
            MaxMatchesPerPerson = request.MaxMatchesPerPerson == 0 ? 1 : request.MaxMatchesPerPerson,
            Capacities = capacities,
        };
        var result = Guarded(() => snapshot.Allocator.Allocate(allocationRequest));

        var allocationId = Guid.CreateVersion7();
        outbox.Add(new AllocationCompletedIntegrationEvent(
            allocationId,
            kind.ToString(),
            [.. result.Assignments.Select(a => new Contracts.IntegrationEvents.AllocatedMatch(a.ReferralId, a.CandidateId, a.Score))],
            [.. result.Unmatched.Select(u => u.ReferralId)],
            result.Objective,
            result.GreedyObjective,
            time.GetUtcNow()));
        await db.SaveChangesAsync(context.CancellationToken);
        return result.ToContract(allocationId);
    }

    private MatchingSnapshot CurrentSnapshot() =>
        snapshots.Current ?? throw new RpcException(new Status(StatusCode.Unavailable, "The matcher is still loading its read models; try again shortly."));

    /// <summary>The referral's profile, when the caller's team holds it and the matcher can place the person.</summary>
    private async Task<PersonProfile> PlaceableProfileAsync(MatchingSnapshot snapshot, Guid referralId, ServerCallContext context)
    {
        var person = await profiles.FindAsync(snapshot, referralId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Referral {referralId} is not known to the matcher (no open referral has that id)."));
        await EnsureCallersTeamAsync(person, context);
        return person.Location is not null
            ? person
            : throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"Referral {referralId} has no location the matcher can use (postcode district '{person.PostcodeDistrict}'); record the person's postcode district first."));
    }

    private async Task EnsureCallersTeamAsync(PersonProfile person, ServerCallContext context)
    {
        // A profile whose team is not known yet is nobody's: refused until the referrals service has said.
        var owner = ResourceOwner.Team(person.TeamId ?? Guid.Empty);
        var result = await authorization.AuthorizeAsync(context.GetHttpContext().User, owner, Policies.OwnTeamCaseload);
        if (!result.Succeeded)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"Referral {person.ReferralId} belongs to another team."));
        }
    }

    private static Dictionary<Guid, int>? Capacities(AllocateRequest request)
    {
        if (request.Capacities.Count == 0)
        {
            return null;
        }
        var capacities = new Dictionary<Guid, int>();
        foreach (var capacity in request.Capacities)
        {
            var id = RequestValues.Id(capacity.CandidateId, "capacities.candidate_id");
            if (capacity.Places < 0)
            {
                throw RequestValues.Invalid($"Candidate {id} has {capacity.Places} places; capacities cannot be below zero.");
            }
            if (!capacities.TryAdd(id, capacity.Places))
            {
                throw RequestValues.Invalid($"Candidate {id} is listed twice in capacities.");
            }
        }
        return capacities;
    }

    /// <summary>Runs a domain call, turning what it rejects into NOT_FOUND (unknown candidate) or INVALID_ARGUMENT.</summary>
    private static T Guarded<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (UnknownCandidateException ex)
        {
            throw new RpcException(new Status(StatusCode.NotFound, ex.Message));
        }
        catch (MatchingDomainException ex)
        {
            throw RequestValues.Invalid(ex.Message);
        }
    }

    private static KnownActivity ToContract(ActivityReadModel activity) => new()
    {
        ActivityId = activity.ActivityId.ToString(),
        OrganisationId = activity.OrganisationId.ToString(),
        Name = activity.Name,
        ReceivedAt = Timestamp.FromDateTimeOffset(activity.ReceivedAt),
    };
}
