using System.ComponentModel.DataAnnotations;

namespace SocialPrescribing.Contracts.Http.Referrals;

// A connection's requests: the link worker's (referrals' /api/referrals/{id}/connections, /api/connections/{id}/status)
// and the provider's answers (/api/providers/{organisationId}/connections/{id}/...). Statuses are kebab-case strings.

/// <param name="TargetKind">"activity" or "volunteer".</param>
/// <param name="Request">Send the request (and hold a place) straight away rather than only suggesting it.</param>
/// <param name="ProviderId">Optional: the organisation running the activity (or, for a volunteer with several, the one that answers); checked, never trusted.</param>
/// <param name="VolunteerName">The name the link worker chose a volunteer under (the matcher's); an activity is named by the directory.</param>
public sealed record ConnectionRequest(
    string? TargetKind, Guid TargetId, Guid? ProviderId, int? AgreedResponseWorkingDays, bool Request,
    [StringLength(TextLimits.Name)] string? VolunteerName = null);

/// <param name="Status">The link worker's move: "requested", "attended", "did-not-attend", "finished", "dropped-out" or "withdrawn".</param>
public sealed record ConnectionStatusRequest(string? Status, [StringLength(TextLimits.Reason)] string? Reason);

public sealed record AnswerRequest(bool Accept, [StringLength(TextLimits.Answer)] string? Reason);

/// <summary>A provider's record of attendance: "attended", "did-not-attend" or "dropped-out" (which needs the reason).</summary>
public sealed record AttendanceRequest(string? Outcome, [StringLength(TextLimits.Reason)] string? Reason);
