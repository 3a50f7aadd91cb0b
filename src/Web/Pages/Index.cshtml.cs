using Grpc.Core;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages;

/// <summary>
/// Home: what the signed-in person's role lets them do, and (for everyone, signed in or not)
/// the activities most recently published, as the matcher knows them.
/// </summary>
public sealed class IndexModel(Matching.MatchingClient matching, VolunteeringClient volunteering, TimeProvider time) : PageModel
{
    // The home page should not wait through every retry of a matcher (or, for a volunteer's survey, volunteering) that is down.
    private static readonly TimeSpan MatcherDeadline = TimeSpan.FromSeconds(3);

    public IReadOnlyList<KnownActivity> Activities { get; private set; } = [];
    public bool Unavailable { get; private set; }
    public IReadOnlyList<NavigationLink> Links { get; private set; } = [];

    /// <summary>This quarter's survey, for a volunteer: the home page asks them until they answer.</summary>
    public SurveyStatus? Survey { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Links = RoleNavigation.For(User);
        if (User.HasClaim(c => c.Type == Authorization.ClaimNames.VolunteerId))
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(MatcherDeadline);
            try
            {
                Survey = await volunteering.SurveyStatusAsync(User.VolunteerId(), deadline.Token);
            }
            catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // The survey can wait: the rest of home still works while the volunteering service is away.
            }
        }
        try
        {
            var response = await matching.ListKnownActivitiesAsync(new ListKnownActivitiesRequest { Limit = 20 },
                deadline: time.GetUtcNow().Add(MatcherDeadline).UtcDateTime, cancellationToken: cancellationToken);
            Activities = response.Activities;
        }
        catch (RpcException)
        {
            Unavailable = true;
        }
    }
}
