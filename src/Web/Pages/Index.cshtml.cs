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
    // Home asks the matcher and (for a volunteer's survey) volunteering at once, and waits for neither through
    // every retry of a service that is down.
    private static readonly TimeSpan ServiceDeadline = TimeSpan.FromSeconds(3);

    public IReadOnlyList<KnownActivity> Activities { get; private set; } = [];
    public bool Unavailable { get; private set; }
    public IReadOnlyList<NavigationLink> Links { get; private set; } = [];

    /// <summary>This quarter's survey, for a volunteer: the home page asks them until they answer.</summary>
    public SurveyStatusResponse? Survey { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Links = RoleNavigation.For(User);
        await Task.WhenAll(LoadSurveyAsync(cancellationToken), LoadActivitiesAsync(cancellationToken));
    }

    private async Task LoadSurveyAsync(CancellationToken cancellationToken)
    {
        if (!User.HasClaim(c => c.Type == Authorization.ClaimNames.VolunteerId))
        {
            return;
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ServiceDeadline);
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

    private async Task LoadActivitiesAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await matching.ListKnownActivitiesAsync(new ListKnownActivitiesRequest { Limit = 20 },
                deadline: time.GetUtcNow().Add(ServiceDeadline).UtcDateTime, cancellationToken: cancellationToken);
            Activities = response.Activities;
        }
        catch (RpcException)
        {
            Unavailable = true;
        }
    }
}
