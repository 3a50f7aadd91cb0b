using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>What people said after the organisation's own activities, without names: how they rated each, and what helped.</summary>
public sealed class FeedbackModel(ProviderConnectionsClient referrals) : VcsePageModel
{
    public IReadOnlyList<ActivityFeedback> Activities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Activities = await TryLoadAsync(() => referrals.FeedbackAsync(Organisation, cancellationToken), "Feedback") ?? [];
}
