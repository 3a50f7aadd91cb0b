using Grpc.Core;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Contracts.Matching;
using SocialPrescribing.Web.Authentication;

namespace SocialPrescribing.Web.Pages;

/// <summary>
/// Home: what the signed-in person's role lets them do, and (for everyone, signed in or not)
/// the activities most recently published, as the matcher knows them.
/// </summary>
public sealed class IndexModel(Matching.MatchingClient matching, TimeProvider time) : PageModel
{
    // The home page should not wait through every retry of a matcher that is down.
    private static readonly TimeSpan MatcherDeadline = TimeSpan.FromSeconds(3);

    public IReadOnlyList<KnownActivity> Activities { get; private set; } = [];
    public bool Unavailable { get; private set; }
    public IReadOnlyList<NavigationLink> Links { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Links = RoleNavigation.For(User);
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
