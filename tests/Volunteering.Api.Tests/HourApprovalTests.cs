using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class HourApprovalTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_organisation_approves_and_rejects_its_hours_and_a_rejection_needs_a_reason()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var approved = await SubmitAsync(app, community, 60);
        var rejected = await SubmitAsync(app, community, 90);
        using var staff = app.ClientFor(community.StaffA);
        var hours = $"/api/organisations/{community.OrganisationA}/hours";

        using var approve = await staff.PostAsync($"{hours}/{approved}/approve", null, Ct);
        using var noReason = await staff.PostAsJsonAsync($"{hours}/{rejected}/reject", new { reason = " " }, Ct);
        using var reject = await staff.PostAsJsonAsync($"{hours}/{rejected}/reject", new { reason = "Not at the session that day." }, Ct);
        using var approveAgain = await staff.PostAsync($"{hours}/{approved}/approve", null, Ct);

        await Community.ExpectAsync(approve, HttpStatusCode.OK);
        Assert.Equal("approved", (await Json.ReadAsync(approve)).GetProperty("status").GetString());
        Assert.Equal(["reason"], await Json.ErrorFieldsAsync(noReason));
        await Community.ExpectAsync(reject, HttpStatusCode.OK);
        var body = await Json.ReadAsync(reject);
        Assert.Equal(("rejected", "Not at the session that day."), (body.GetProperty("status").GetString(), body.GetProperty("rejectionReason").GetString()));
        await Community.ExpectAsync(approveAgain, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bulk_approval_approves_every_log_or_none()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var first = await SubmitAsync(app, community, 60);
        var second = await SubmitAsync(app, community, 75);
        var alreadyApproved = await SubmitAsync(app, community, 30);
        using var staff = app.ClientFor(community.StaffA);
        var hours = $"/api/organisations/{community.OrganisationA}/hours";
        await Community.ExpectAsync(await staff.PostAsync($"{hours}/{alreadyApproved}/approve", null, Ct), HttpStatusCode.OK);

        using var withDecided = await staff.PostAsJsonAsync($"{hours}/approve", new { logIds = new[] { first, second, alreadyApproved } }, Ct);
        var afterRefusal = await StatusesAsync(app, first, second);
        using var queue = await staff.GetAsync($"{hours}?status=submitted", Ct);
        using var unknownId = await staff.PostAsJsonAsync($"{hours}/approve", new { logIds = new[] { first, Guid.NewGuid() } }, Ct);
        using var waitingOnly = await staff.PostAsJsonAsync($"{hours}/approve", new { logIds = new[] { first, second } }, Ct);

        await Community.ExpectAsync(withDecided, HttpStatusCode.Conflict);
        Assert.Equal([HourLogStatus.Submitted, HourLogStatus.Submitted], afterRefusal);
        await Community.ExpectAsync(queue, HttpStatusCode.OK);
        Assert.Equal(new[] { first, second }.Order(), (await Json.ReadAsync(queue)).EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).Order());
        Assert.Equal(["logIds[1]"], await Json.ErrorFieldsAsync(unknownId));
        await Community.ExpectAsync(waitingOnly, HttpStatusCode.OK);
        Assert.Equal([HourLogStatus.Approved, HourLogStatus.Approved], await StatusesAsync(app, first, second));
    }

    [Fact]
    public async Task Another_organisation_cannot_approve_hours_logged_for_this_one()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var log = await SubmitAsync(app, community, 60);
        using var otherStaff = app.ClientFor(community.StaffB);

        using var viaTheirPath = await otherStaff.PostAsync($"/api/organisations/{community.OrganisationA}/hours/{log}/approve", null, Ct);
        using var viaOwnPath = await otherStaff.PostAsync($"/api/organisations/{community.OrganisationB}/hours/{log}/approve", null, Ct);
        using var bulk = await otherStaff.PostAsJsonAsync($"/api/organisations/{community.OrganisationA}/hours/approve", new { logIds = new[] { log } }, Ct);

        await Community.ExpectAsync(viaTheirPath, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(viaOwnPath, HttpStatusCode.NotFound);
        await Community.ExpectAsync(bulk, HttpStatusCode.Forbidden);
        Assert.Equal([HourLogStatus.Submitted], await StatusesAsync(app, log));
    }

    [Fact]
    public async Task An_auto_approval_policy_approves_covered_logs_on_arrival_and_those_already_waiting()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var waiting = await SubmitAsync(app, community, 60);
        using var manager = app.ClientFor(community.ManagerA);

        using var policy = await Community.PutVersionedAsync(manager, $"/api/organisations/{community.OrganisationA}/settings",
            new { name = "Wolverhampton Friendship Line", autoApproveUpToMinutes = 120 });
        var covered = await SubmitAsync(app, community, 120);
        var tooLong = await SubmitAsync(app, community, 180);

        await Community.ExpectAsync(policy, HttpStatusCode.OK);
        Assert.Equal([HourLogStatus.Approved, HourLogStatus.Approved, HourLogStatus.Submitted], await StatusesAsync(app, waiting, covered, tooLong));
        var approvedEvents = await app.WithDbAsync(db => db.Set<Messaging.Outbox.OutboxMessage>()
            .CountAsync(m => m.EventType.StartsWith("SocialPrescribing.Contracts.IntegrationEvents.HoursApprovedIntegrationEvent"), Ct));
        Assert.Equal(2, approvedEvents);
    }

    [Fact]
    public async Task After_approval_only_the_organisation_may_edit_a_log_and_the_change_is_audited()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var log = await SubmitAsync(app, community, 60);
        using var staff = app.ClientFor(community.StaffA);
        using var phone = app.ClientFor(community.Volunteer);
        await Community.ExpectAsync(await staff.PostAsync($"/api/organisations/{community.OrganisationA}/hours/{log}/approve", null, Ct), HttpStatusCode.OK);
        var corrected = HourLogSubmissionTests.Log(community, log, minutes: 45);
        var path = $"/api/volunteers/{community.VolunteerId}/hours/{log}";

        using var byVolunteer = await phone.PutAsJsonAsync(path, corrected, Ct);
        using var byOrganisation = await Community.ChangeLogAsync(staff, HttpMethod.Put, path, body: corrected);

        await Community.ExpectAsync(byVolunteer, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(byOrganisation, HttpStatusCode.OK);
        var body = await Json.ReadAsync(byOrganisation);
        Assert.Equal(("approved", 45), (body.GetProperty("status").GetString(), body.GetProperty("minutes").GetInt32()));
        var edit = Assert.Single(body.GetProperty("edits").EnumerateArray());
        Assert.Equal(("staff.a", "approved", 60, 45), (
            edit.GetProperty("by").GetString(),
            edit.GetProperty("statusAtEdit").GetString(),
            edit.GetProperty("before").GetProperty("minutes").GetInt32(),
            edit.GetProperty("after").GetProperty("minutes").GetInt32()));
    }

    /// <summary>The volunteer logs a befriending session yesterday; returns the log id.</summary>
    internal static async Task<Guid> SubmitAsync(VolunteeringApp app, Community community, int minutes)
    {
        using var phone = app.ClientFor(community.Volunteer);
        var body = HourLogSubmissionTests.Log(community, Guid.NewGuid(), minutes);
        using var response = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours", body, Ct);
        await Community.ExpectAsync(response, HttpStatusCode.Created);
        return body.Id;
    }

    private static Task<List<HourLogStatus>> StatusesAsync(VolunteeringApp app, params Guid[] ids) =>
        app.WithDbAsync(async db =>
        {
            var statuses = await db.HourLogs.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Status, Ct);
            return ids.Select(id => statuses[id]).ToList();
        });
}
