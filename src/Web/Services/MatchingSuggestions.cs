using Grpc.Core;
using SocialPrescribing.Contracts.Matching;

namespace SocialPrescribing.Web.Services;

/// <summary>One part of a suggestion's score, with the matcher's reason in plain words.</summary>
public sealed record SuggestionReason(string Part, string Reason, double Contribution);

public sealed record Suggested(int Rank, string Kind, Guid CandidateId, string Name, double? DistanceKm, double Score, IReadOnlyList<SuggestionReason> Reasons);

public sealed record KnownActivitySummary(string Name, Guid? OrganisationId);

/// <summary>The matcher's live suggestions for a referral (gRPC <c>Matching.Suggest</c>), with their reasons.</summary>
public sealed class MatchingSuggestions(Matching.MatchingClient matching, TimeProvider time)
{
    public const string ServiceName = "matching";
    private const int PerKind = 5;

    // A page should not wait through every retry of a matcher that is down.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The best activities and volunteers, or null when the matcher does not know the referral yet
    /// (it learns of referrals from events, a moment after they are made) or cannot place the person.
    /// </summary>
    public Task<IReadOnlyList<Suggested>?> SuggestAsync(Guid referralId, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync<IReadOnlyList<Suggested>?>(ServiceName, async () =>
        {
            try
            {
                // Both kinds at once: the page waits for the slower, not for the two in turn.
                var answers = await Task.WhenAll(new[] { CandidateKind.Activity, CandidateKind.Volunteer }.Select(async kind =>
                {
                    var response = await matching.SuggestAsync(new SuggestRequest { ReferralId = referralId.ToString(), Kind = kind, K = PerKind },
                        deadline: DeadlineFromNow(), cancellationToken: cancellationToken);
                    return response.Suggestions.Select(s => new Suggested(
                        s.Rank, kind == CandidateKind.Activity ? TargetKinds.Activity : TargetKinds.Volunteer, Guid.Parse(s.CandidateId), s.Name,
                        s.DistanceKm > 0 ? s.DistanceKm : null, s.Score?.Total ?? 0,
                        [.. (s.Score?.Parts ?? []).Select(p => new SuggestionReason(p.Name, p.Reason, p.Contribution))]));
                }));
                return [.. answers.SelectMany(a => a)];
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
            {
                return null;
            }
        });

    /// <summary>An activity's name and the organisation that answers its requests, as the matcher knows them; null when unknown.</summary>
    public Task<KnownActivitySummary?> ActivityAsync(Guid activityId, CancellationToken cancellationToken) =>
        ServiceCalls.RunAsync<KnownActivitySummary?>(ServiceName, async () =>
        {
            try
            {
                var activity = await matching.GetKnownActivityAsync(new GetKnownActivityRequest { ActivityId = activityId.ToString() },
                    deadline: DeadlineFromNow(), cancellationToken: cancellationToken);
                return new KnownActivitySummary(activity.Name, Guid.TryParse(activity.OrganisationId, out var organisation) ? organisation : null);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        });

    private DateTime DeadlineFromNow() => time.GetUtcNow().Add(Deadline).UtcDateTime;
}
