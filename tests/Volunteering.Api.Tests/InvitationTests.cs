using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>
/// An existing volunteer joins another organisation only by accepting its invitation. Organisation A
/// reaches for organisation B's volunteer (Ravi); until Ravi says yes, A sees nothing of him.
/// </summary>
public sealed class InvitationTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_organisations_bare_request_never_links_another_organisations_volunteer()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var manager = app.ClientFor(community.ManagerA);

        using var join = await manager.PostAsync($"/api/organisations/{community.OrganisationA}/volunteers/{community.OtherVolunteerId}", null, Ct);
        using var invite = await manager.PostAsJsonAsync($"/api/organisations/{community.OrganisationA}/invitations", new { volunteerId = community.OtherVolunteerId }, Ct);
        using var record = await manager.GetAsync($"/api/volunteers/{community.OtherVolunteerId}", Ct);
        using var hours = await manager.GetAsync($"/api/volunteers/{community.OtherVolunteerId}/hours", Ct);
        using var list = await manager.GetAsync($"/api/organisations/{community.OrganisationA}/volunteers", Ct);

        Assert.False(join.IsSuccessStatusCode, $"POST …/volunteers/{{id}} answered {(int)join.StatusCode}");
        await Community.ExpectAsync(invite, HttpStatusCode.Created);
        Assert.False((await Json.ReadAsync(invite)).TryGetProperty("firstName", out _));
        await Community.ExpectAsync(record, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(hours, HttpStatusCode.Forbidden);
        Assert.DoesNotContain(community.OtherVolunteerId, (await Json.ReadAsync(list)).EnumerateArray().Select(v => v.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task A_volunteer_who_accepts_an_invitation_gives_time_to_that_organisation_too()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var manager = app.ClientFor(community.ManagerA);
        using var ravi = app.ClientFor(community.OtherVolunteer);
        var invitationId = await InviteAsync(manager, community);

        using var again = await manager.PostAsJsonAsync($"/api/organisations/{community.OrganisationA}/invitations", new { volunteerId = community.OtherVolunteerId }, Ct);
        var waiting = await Json.ReadAsync(await ravi.GetAsync($"/api/volunteers/{community.OtherVolunteerId}/invitations", Ct));
        using var accept = await ravi.PostAsync($"/api/volunteers/{community.OtherVolunteerId}/invitations/{invitationId}/accept", null, Ct);
        using var record = await manager.GetAsync($"/api/volunteers/{community.OtherVolunteerId}", Ct);
        using var acceptAgain = await ravi.PostAsync($"/api/volunteers/{community.OtherVolunteerId}/invitations/{invitationId}/decline", null, Ct);
        var sent = await Json.ReadAsync(await manager.GetAsync($"/api/organisations/{community.OrganisationA}/invitations", Ct));

        await Community.ExpectAsync(again, HttpStatusCode.OK);
        Assert.Equal(invitationId, (await Json.ReadAsync(again)).GetProperty("id").GetGuid());
        var shown = Assert.Single(waiting.EnumerateArray());
        Assert.Equal(("Wolverhampton Friendship Line", "pending"), (shown.GetProperty("organisationName").GetString(), shown.GetProperty("status").GetString()));
        await Community.ExpectAsync(accept, HttpStatusCode.OK);
        await Community.ExpectAsync(record, HttpStatusCode.OK);
        Assert.Equal(
            new[] { community.OrganisationA, community.OrganisationB }.Order(),
            (await Json.ReadAsync(record)).GetProperty("organisationIds").EnumerateArray().Select(o => o.GetGuid()).Order());
        await Community.ExpectAsync(acceptAgain, HttpStatusCode.Conflict);
        Assert.Equal("accepted", Assert.Single(sent.EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_declined_invitation_links_nothing()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var manager = app.ClientFor(community.ManagerA);
        using var ravi = app.ClientFor(community.OtherVolunteer);
        var invitationId = await InviteAsync(manager, community);

        using var decline = await ravi.PostAsync($"/api/volunteers/{community.OtherVolunteerId}/invitations/{invitationId}/decline", null, Ct);
        using var acceptAfter = await ravi.PostAsync($"/api/volunteers/{community.OtherVolunteerId}/invitations/{invitationId}/accept", null, Ct);
        using var record = await manager.GetAsync($"/api/volunteers/{community.OtherVolunteerId}", Ct);

        await Community.ExpectAsync(decline, HttpStatusCode.OK);
        Assert.Equal("declined", (await Json.ReadAsync(decline)).GetProperty("status").GetString());
        await Community.ExpectAsync(acceptAfter, HttpStatusCode.Conflict);
        await Community.ExpectAsync(record, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_the_volunteer_answers_their_invitations()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var manager = app.ClientFor(community.ManagerA);
        var invitationId = await InviteAsync(manager, community);
        var accept = $"/api/volunteers/{community.OtherVolunteerId}/invitations/{invitationId}/accept";

        using var byInviter = await manager.PostAsync(accept, null, Ct);
        using var byAdministrator = await app.ClientFor(Community.Administrator).PostAsync(accept, null, Ct);
        using var byAnotherVolunteer = await app.ClientFor(community.Volunteer).PostAsync(accept, null, Ct);
        using var throughOwnPath = await app.ClientFor(community.Volunteer)
            .PostAsync($"/api/volunteers/{community.VolunteerId}/invitations/{invitationId}/accept", null, Ct);
        using var record = await manager.GetAsync($"/api/volunteers/{community.OtherVolunteerId}", Ct);

        await Community.ExpectAsync(byInviter, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(byAdministrator, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(byAnotherVolunteer, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(throughOwnPath, HttpStatusCode.NotFound);
        await Community.ExpectAsync(record, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_register_a_volunteer_for_their_own_organisation_only()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var staff = app.ClientFor(community.StaffA);

        using var forBoth = await staff.PostAsJsonAsync("/api/volunteers", Registration(community.OrganisationA, community.OrganisationB), Ct);
        using var forOther = await staff.PostAsJsonAsync("/api/volunteers", Registration(community.OrganisationB), Ct);
        using var forOwn = await staff.PostAsJsonAsync("/api/volunteers", Registration(community.OrganisationA), Ct);

        await Community.ExpectAsync(forBoth, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(forOther, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(forOwn, HttpStatusCode.Created);
    }

    private static async Task<Guid> InviteAsync(HttpClient manager, Community community)
    {
        using var invite = await manager.PostAsJsonAsync($"/api/organisations/{community.OrganisationA}/invitations", new { volunteerId = community.OtherVolunteerId }, Ct);
        await Community.ExpectAsync(invite, HttpStatusCode.Created);
        return (await Json.ReadAsync(invite)).GetProperty("id").GetGuid();
    }

    private static object Registration(params Guid[] organisationIds) => new
    {
        organisationIds,
        profile = new { firstName = "Joan", lastName = "Price", postcodeDistrict = "WV3", roles = new[] { "group-helper" } },
        availability = new { slots = Array.Empty<object>(), caseloadLimit = 1 },
    };
}
