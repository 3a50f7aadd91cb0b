using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Infrastructure;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>
/// The provider of a connection, who then sees the person's name and phone, is the organisation that
/// runs the activity (the directory's word) or one the volunteer gives time to (the volunteering
/// service's announcements, consumed from the real broker); never whatever the link worker names.
/// </summary>
public sealed class ConnectionProviderTests(ReferralsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_naming_an_organisation_that_does_not_run_the_activity_is_refused_and_nothing_reaches_it()
    {
        var (runner, stranger) = (Guid.NewGuid(), Guid.NewGuid());
        var activityId = app.Places.ActivityRunBy(runner);
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var personId = await worker.RegisterPersonAsync();
        var referralId = await worker.ReferAsync(personId);
        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync($"/api/people/{personId}/consents", new { providerId = stranger, providerName = "Not them", method = "verbal" }, Ct));

        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/connections",
                new { targetKind = "activity", targetId = activityId, providerId = stranger, request = true }, Ct),
            HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["providerId"]);
        Assert.Empty((await worker.GetReferralAsync(referralId))["connections"]!.AsArray());
        var strangersView = await LinkWorkerClient.ReadAsync(await app.CreateClient(TestTokens.VcseStaff(stranger)).GetAsync($"/api/providers/{stranger}/connections", Ct));
        Assert.Empty(strangersView.AsArray());
    }

    [Fact]
    public async Task A_request_goes_to_the_organisation_that_runs_the_activity_named_or_not()
    {
        var runner = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());

        await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(runner), null);
        await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(runner), runner);

        var connections = (await worker.GetReferralAsync(referralId))["connections"]!.AsArray();
        Assert.All(connections, c => Assert.Equal(runner, c!["providerId"]!.GetValue<Guid>()));
        Assert.Equal(2, connections.Count);
    }

    [Fact]
    public async Task An_activity_the_directory_does_not_list_is_refused()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());

        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/connections",
                new { targetKind = "activity", targetId = Guid.NewGuid(), providerId = Guid.NewGuid(), request = true }, Ct),
            HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["targetId"]);
    }

    [Fact]
    public async Task A_request_to_a_volunteer_goes_only_to_an_organisation_they_give_time_to()
    {
        var (volunteerId, friendshipLine, greenGym, stranger) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await app.Events.PublishAsync(new VolunteerRegisteredIntegrationEvent(volunteerId, "WV10", ["befriender"], ["en"], [friendshipLine], 3, DateTimeOffset.UtcNow.AddMinutes(-5)));
        await app.Events.PublishAsync(new VolunteerChangedIntegrationEvent(volunteerId, "WV10", ["befriender"], ["en"], [friendshipLine, greenGym], DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () => (await OrganisationsOfAsync(volunteerId)).Count == 2, "the referrals service knows both of the volunteer's organisations");
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var personId = await worker.RegisterPersonAsync();
        var referralId = await worker.ReferAsync(personId);
        await worker.ConsentToShareAsync(personId, greenGym);
        var path = $"/api/referrals/{referralId}/connections";

        using var toStranger = await worker.Http.PostAsJsonAsync(path, new { targetKind = "volunteer", targetId = volunteerId, providerId = stranger, request = true }, Ct);
        using var unnamed = await worker.Http.PostAsJsonAsync(path, new { targetKind = "volunteer", targetId = volunteerId, request = true }, Ct);
        using var toGreenGym = await worker.Http.PostAsJsonAsync(path, new { targetKind = "volunteer", targetId = volunteerId, providerId = greenGym, request = true }, Ct);

        Assert.NotNull((await LinkWorkerClient.ProblemAsync(toStranger, HttpStatusCode.BadRequest))["errors"]!["providerId"]);
        Assert.NotNull((await LinkWorkerClient.ProblemAsync(unnamed, HttpStatusCode.BadRequest))["errors"]!["providerId"]);
        Assert.Equal(HttpStatusCode.Created, toGreenGym.StatusCode);
        Assert.Equal(greenGym, Assert.Single((await worker.GetReferralAsync(referralId))["connections"]!.AsArray())!["providerId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task A_connection_keeps_the_directorys_name_for_its_activity_and_the_chosen_name_for_its_volunteer()
    {
        var (volunteerId, friendshipLine) = (Guid.NewGuid(), Guid.NewGuid());
        await app.Events.PublishAsync(new VolunteerRegisteredIntegrationEvent(volunteerId, "WV10", ["befriender"], ["en"], [friendshipLine], 3, DateTimeOffset.UtcNow));
        await Eventually.HoldsAsync(async () => (await OrganisationsOfAsync(volunteerId)).Count == 1, "the referrals service knows the volunteer's organisation");
        var activityId = app.Places.WeeklyActivityRunBy(Guid.NewGuid(), "Chair yoga at St Luke's", DayOfWeek.Tuesday, new TimeOnly(10, 30));
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var personId = await worker.RegisterPersonAsync();
        var referralId = await worker.ReferAsync(personId);
        await worker.ConsentToShareAsync(personId, friendshipLine);
        var path = $"/api/referrals/{referralId}/connections";

        // The activity's name sent by a client is not asked for and would be ignored: the directory names it.
        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync(path, new { targetKind = "activity", targetId = activityId, request = false, volunteerName = "Not this" }, Ct));
        await LinkWorkerClient.ReadAsync(await worker.Http.PostAsJsonAsync(path, new { targetKind = "volunteer", targetId = volunteerId, request = false, volunteerName = " Margaret H " }, Ct));
        using var tooLong = await worker.Http.PostAsJsonAsync(path, new { targetKind = "volunteer", targetId = volunteerId, request = false, volunteerName = new string('x', 101) }, Ct);

        var names = (await worker.GetReferralAsync(referralId))["connections"]!.AsArray()
            .ToDictionary(c => c!["targetId"]!.GetValue<Guid>(), c => c!["targetName"]?.GetValue<string>());
        Assert.Equal("Chair yoga at St Luke's", names[activityId]);
        Assert.Equal("Margaret H", names[volunteerId]);
        Assert.NotNull((await LinkWorkerClient.ProblemAsync(tooLong, HttpStatusCode.BadRequest))["errors"]!["volunteerName"]);
    }

    [Fact]
    public async Task A_place_is_held_and_given_back_for_the_connections_own_team()
    {
        var team = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));
        var connectionId = await worker.RequestActivityAsync(await worker.ReferAsync(await worker.RegisterPersonAsync()), app.Places.ActivityRunBy(Guid.NewGuid()), null);
        var heldFor = app.Places.TeamOf(connectionId);

        await LinkWorkerClient.ReadAsync(await worker.MoveConnectionAsync(connectionId, "withdrawn", "Chose another."));

        Assert.Equal(team, heldFor);
        Assert.Contains(connectionId, app.Places.Released);
    }

    private async Task<IReadOnlyList<Guid>> OrganisationsOfAsync(Guid volunteerId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsContext>();
        return await db.VolunteerOrganisations.AsNoTracking().Where(v => v.VolunteerId == volunteerId).Select(v => v.OrganisationIds).FirstOrDefaultAsync(Ct) ?? [];
    }
}
