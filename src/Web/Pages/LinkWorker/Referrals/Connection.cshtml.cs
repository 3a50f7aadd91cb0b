using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Conventions;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class ConnectionInput
{
    [Required(ErrorMessage = "Select what has happened")]
    public string? Status { get; set; }

    [StringLength(1000, ErrorMessage = "The note must be 1000 characters or fewer")]
    public string? Reason { get; set; }
}

/// <summary>Records what happened with one connection: attended, finished, dropped out or withdrawn.</summary>
public sealed class ConnectionModel(ReferralsClient referrals) : ReferralFormModel<ConnectionInput>(referrals)
{
    public static readonly IReadOnlyList<Choice> Outcomes =
    [
        new(ConnectionStatuses.Attended, "Attended", "The person went to the activity or met the volunteer."),
        new(ConnectionStatuses.DidNotAttend, "Did not attend", "They missed the first session; the place is kept for the next one."),
        new(ConnectionStatuses.Finished, "Finished", "They completed it."),
        new(ConnectionStatuses.DroppedOut, "Dropped out", "They stopped going."),
        new(ConnectionStatuses.Withdrawn, "Withdrawn", "Called off, for example the person chose something else."),
    ];

    [FromRoute]
    public Guid ConnectionId { get; set; }

    public Connection? Connection => Case?.Connections.FirstOrDefault(c => c.Id == ConnectionId);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>A connection has its own version: a provider's answer since the page was shown changes it, the referral's does not.</summary>
    protected override string? VersionOf(Versioned<ReferralView> read) =>
        read.Value.Connections.FirstOrDefault(c => c.Id == ConnectionId) is { } connection ? ETags.For(connection.Version) : null;

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SubmitAsync(() => Referrals.MoveConnectionAsync(ConnectionId, Input.Status!, string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason.Trim(), Version, cancellationToken),
            $"Connection recorded as {ReferralText.Of(Outcomes, Input.Status).ToLowerInvariant()}.", cancellationToken);
}
