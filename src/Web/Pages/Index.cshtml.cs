using Grpc.Core;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Contracts.Matching;

namespace SocialPrescribing.Web.Pages;

public sealed class IndexModel(Matching.MatchingClient matching) : PageModel
{
    public IReadOnlyList<KnownActivity> Activities { get; private set; } = [];
    public bool Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await matching.ListKnownActivitiesAsync(new ListKnownActivitiesRequest { Limit = 20 }, cancellationToken: cancellationToken);
            Activities = response.Activities;
        }
        catch (RpcException)
        {
            Unavailable = true;
        }
    }
}
