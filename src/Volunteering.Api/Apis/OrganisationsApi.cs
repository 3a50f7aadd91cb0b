using SocialPrescribing.Authorization;
using SocialPrescribing.Edge;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.HourLogs;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>
/// A VCSE organisation's side: its approval settings, its volunteers and the invitations it sent them, and the hours logged for it.
/// Every path names the organisation; the OwnOrganisation policy lets only its own staff in.
/// </summary>
public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var organisation = api.MapGroup("/organisations/{organisationId:guid}").WithTags("Organisations")
            .RequireAuthorization(Policies.OwnOrganisation);
        organisation.MapGet("/settings", GetSettingsAsync);
        organisation.MapPut("/settings", SetSettingsAsync).RequireAuthorization(VolunteeringPolicies.ManageOrganisation).RequiresIfMatch();
        organisation.MapGet("/volunteers", VolunteersAsync);
        organisation.MapPost("/invitations", InviteAsync);
        organisation.MapGet("/invitations", InvitationsAsync);
        organisation.MapGet("/hours", HoursAsync);
        organisation.MapGet("/hours/totals", TotalsAsync);
        organisation.MapPost("/hours/approve", ApproveManyAsync);
        organisation.MapPost("/hours/{logId:guid}/approve", ApproveAsync);
        organisation.MapPost("/hours/{logId:guid}/reject", RejectAsync);
        return api;
    }

    /// <summary>The settings, with their version as the ETag to send back in If-Match when changing them.</summary>
    private static async Task<Ok<Organisation>> GetSettingsAsync(Guid organisationId, OrganisationSettings settings, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(response.Versioned(await settings.GetAsync(organisationId, ct)));

    private static async Task<Ok<Organisation>> SetSettingsAsync(
        Guid organisationId, OrganisationSettingsRequest request, OrganisationSettings settings, HttpRequest http, HttpResponse response, CancellationToken ct) =>
        TypedResults.Ok(response.Versioned(await settings.SetAsync(organisationId, request, http.ReadIfMatch(), ct)));

    private static async Task<Ok<List<VolunteerResponse>>> VolunteersAsync(Guid organisationId, VolunteerCommands volunteers, CancellationToken ct) =>
        TypedResults.Ok((await volunteers.ListForOrganisationAsync(organisationId, ct)).Select(VolunteerResponse.Of).ToList());

    /// <summary>Asks an existing volunteer to give time to the organisation: 201, or 200 with the invitation already waiting.</summary>
    private static async Task<Results<Created<InvitationResponse>, Ok<InvitationResponse>>> InviteAsync(
        Guid organisationId, InvitationRequest request, ClaimsPrincipal user, VolunteerInvitations invitations, CancellationToken ct)
    {
        var (invitation, created) = await invitations.InviteAsync(organisationId, request, Caller.Of(user), ct);
        return created
            ? TypedResults.Created($"/api/organisations/{organisationId}/invitations", invitation)
            : TypedResults.Ok(invitation);
    }

    private static async Task<Ok<IReadOnlyList<InvitationResponse>>> InvitationsAsync(Guid organisationId, VolunteerInvitations invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.ForOrganisationAsync(organisationId, ct));

    /// <summary>The organisation's logs, e.g. its approval queue with <c>?status=submitted</c>.</summary>
    private static async Task<Ok<List<HourLogResponse>>> HoursAsync(
        Guid organisationId, string? status, DateOnly? from, DateOnly? to, HourApprovals approvals, CancellationToken ct) =>
        TypedResults.Ok((await approvals.ListAsync(organisationId, HourLogStatusQuery.Parse(status), from, to, ct)).Select(HourLogResponse.Of).ToList());

    /// <summary>Time by activity and role over a period, summed by the database.</summary>
    private static async Task<Ok<IReadOnlyList<ActivityRoleTotal>>> TotalsAsync(
        Guid organisationId, DateOnly? from, DateOnly? to, HourTotalsQueries totals, CancellationToken ct) =>
        TypedResults.Ok(await totals.ByActivityAndRoleAsync(organisationId, Period(from, to), ct));

    private static async Task<Ok<HourLogResponse>> ApproveAsync(Guid organisationId, Guid logId, ClaimsPrincipal user, HourApprovals approvals, CancellationToken ct) =>
        TypedResults.Ok(HourLogResponse.Of(await approvals.ApproveAsync(organisationId, logId, Caller.Of(user), ct)));

    private static async Task<Ok<HourLogResponse>> RejectAsync(
        Guid organisationId, Guid logId, RejectRequest request, ClaimsPrincipal user, HourApprovals approvals, CancellationToken ct) =>
        TypedResults.Ok(HourLogResponse.Of(await approvals.RejectAsync(organisationId, logId, request, Caller.Of(user), ct)));

    private static async Task<Ok<List<HourLogResponse>>> ApproveManyAsync(
        Guid organisationId, BulkApproveRequest request, ClaimsPrincipal user, HourApprovals approvals, CancellationToken ct) =>
        TypedResults.Ok((await approvals.ApproveManyAsync(organisationId, request, Caller.Of(user), ct)).Select(HourLogResponse.Of).ToList());

    /// <summary>A period from the query; both ends are required.</summary>
    internal static DatePeriod Period(DateOnly? from, DateOnly? to)
    {
        var errors = new FieldErrors();
        if (from is null) errors.Add("from", "The first day (from=yyyy-MM-dd) is required.");
        else if (!PlausibleDates.Contains(from.Value)) errors.Add("from", PlausibleDates.Message);
        if (to is null) errors.Add("to", "The last day (to=yyyy-MM-dd) is required.");
        else if (!PlausibleDates.Contains(to.Value)) errors.Add("to", PlausibleDates.Message);
        else if (to < from) errors.Add("to", "Must not be before the first day.");
        errors.ThrowIfAny();
        return new DatePeriod(from!.Value, to!.Value);
    }
}
