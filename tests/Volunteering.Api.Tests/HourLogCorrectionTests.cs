using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>A volunteer putting right, or taking back, a log that waits for approval; and finding it in a long history.</summary>
public sealed class HourLogCorrectionTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_volunteer_corrects_a_waiting_log_only_at_the_version_they_read()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var log = await HourApprovalTests.SubmitAsync(app, community, 60);
        using var phone = app.ClientFor(community.Volunteer);
        var path = $"/api/volunteers/{community.VolunteerId}/hours/{log}";

        using var read = await phone.GetAsync(path, Ct);
        await Community.ExpectAsync(read, HttpStatusCode.OK);
        var etag = read.Headers.ETag!.Tag;
        using var first = await PutAsync(phone, path, HourLogSubmissionTests.Log(community, log, minutes: 45), etag);
        using var stale = await PutAsync(phone, path, HourLogSubmissionTests.Log(community, log, minutes: 30), etag);
        using var current = await PutAsync(phone, path, HourLogSubmissionTests.Log(community, log, minutes: 30), first.Headers.ETag!.Tag);

        await Community.ExpectAsync(first, HttpStatusCode.OK);
        Assert.NotEqual(etag, first.Headers.ETag.Tag);
        await Community.ExpectAsync(stale, HttpStatusCode.PreconditionFailed);
        await Community.ExpectAsync(current, HttpStatusCode.OK);
        var corrected = await Json.ReadAsync(current);
        Assert.Equal(("submitted", 30), (corrected.GetProperty("status").GetString(), corrected.GetProperty("minutes").GetInt32()));
    }

    [Fact]
    public async Task A_withdrawn_log_counts_nowhere_is_announced_and_a_late_resend_does_not_bring_it_back()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var body = HourLogSubmissionTests.Log(community, Guid.NewGuid(), 90);
        using var phone = app.ClientFor(community.Volunteer);
        var hours = $"/api/volunteers/{community.VolunteerId}/hours";
        await Community.ExpectAsync(await phone.PostAsJsonAsync(hours, body, Ct), HttpStatusCode.Created);

        using var withdraw = await Community.ChangeLogAsync(phone, HttpMethod.Post, $"{hours}/{body.Id}", "/withdraw");
        using var resend = await phone.PostAsJsonAsync(hours, body, Ct);
        using var again = await Community.ChangeLogAsync(phone, HttpMethod.Post, $"{hours}/{body.Id}", "/withdraw");
        using var correct = await Community.ChangeLogAsync(phone, HttpMethod.Put, $"{hours}/{body.Id}", body: body with { Minutes = 60 });
        using var totals = await phone.GetAsync($"{hours}/totals", Ct);

        await Community.ExpectAsync(withdraw, HttpStatusCode.OK);
        Assert.Equal("withdrawn", (await Json.ReadAsync(withdraw)).GetProperty("status").GetString());
        await Community.ExpectAsync(resend, HttpStatusCode.OK);
        Assert.Equal("withdrawn", (await Json.ReadAsync(resend)).GetProperty("status").GetString());
        await Community.ExpectAsync(again, HttpStatusCode.Conflict);
        await Community.ExpectAsync(correct, HttpStatusCode.Forbidden);
        Assert.Equal(0, (await Json.ReadAsync(totals)).GetProperty("week").GetProperty("submittedMinutes").GetInt32());
        // 90 minutes withdrawn leave the whole day free: 24 hours can still be logged on it.
        await Community.ExpectAsync(await phone.PostAsJsonAsync(hours, HourLogSubmissionTests.Log(community, Guid.NewGuid(), 24 * 60), Ct), HttpStatusCode.Created);
        var withdrawnEvents = await app.WithDbAsync(db => db.Set<Messaging.Outbox.OutboxMessage>()
            .CountAsync(m => m.EventType.StartsWith("SocialPrescribing.Contracts.IntegrationEvents.HoursWithdrawnIntegrationEvent"), Ct));
        Assert.Equal(1, withdrawnEvents);
    }

    [Fact]
    public async Task Only_the_volunteer_withdraws_and_only_while_the_log_waits()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var waiting = await HourApprovalTests.SubmitAsync(app, community, 60);
        var approved = await HourApprovalTests.SubmitAsync(app, community, 30);
        using var staff = app.ClientFor(community.StaffA);
        using var phone = app.ClientFor(community.Volunteer);
        await Community.ExpectAsync(await staff.PostAsync($"/api/organisations/{community.OrganisationA}/hours/{approved}/approve", null, Ct), HttpStatusCode.OK);
        var hours = $"/api/volunteers/{community.VolunteerId}/hours";

        using var byStaff = await staff.PostAsync($"{hours}/{waiting}/withdraw", null, Ct);
        using var afterApproval = await Community.ChangeLogAsync(phone, HttpMethod.Post, $"{hours}/{approved}", "/withdraw");
        using var staleRead = new HttpRequestMessage(HttpMethod.Post, $"{hours}/{waiting}/withdraw");
        staleRead.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        using var stale = await phone.SendAsync(staleRead, Ct);

        await Community.ExpectAsync(byStaff, HttpStatusCode.Forbidden);
        await Community.ExpectAsync(afterApproval, HttpStatusCode.Conflict);
        await Community.ExpectAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("submitted", (await Json.ReadAsync(await phone.GetAsync($"{hours}/{waiting}", Ct))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_history_comes_a_page_at_a_time_filtered_by_status_organisation_and_dates()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var logs = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            logs.Add(await HourApprovalTests.SubmitAsync(app, community, 30 + i));
        }
        using var staff = app.ClientFor(community.StaffA);
        await Community.ExpectAsync(await staff.PostAsync($"/api/organisations/{community.OrganisationA}/hours/{logs[0]}/approve", null, Ct), HttpStatusCode.OK);
        using var phone = app.ClientFor(community.Volunteer);
        var hours = $"/api/volunteers/{community.VolunteerId}/hours";
        var yesterday = community.Today.AddDays(-1);

        var firstPage = await IdsAsync(phone, $"{hours}?perPage=2");
        var secondPage = await IdsAsync(phone, $"{hours}?perPage=2&page=2");
        var lastPage = await IdsAsync(phone, $"{hours}?perPage=2&page=3");
        var approved = await IdsAsync(phone, $"{hours}?status=approved");
        var otherOrganisation = await IdsAsync(phone, $"{hours}?organisationId={community.OrganisationB}");
        var otherMonth = await IdsAsync(phone, $"{hours}?from={yesterday.AddMonths(-1):yyyy-MM-dd}&to={yesterday.AddDays(-1):yyyy-MM-dd}");
        using var badStatus = await phone.GetAsync($"{hours}?status=lost", Ct);

        Assert.Equal(2, firstPage.Count);
        Assert.Equal(2, secondPage.Count);
        Assert.Single(lastPage);
        Assert.Equal(logs.Order(), firstPage.Concat(secondPage).Concat(lastPage).Order());
        Assert.Equal([logs[0]], approved);
        Assert.Empty(otherOrganisation);
        Assert.Empty(otherMonth);
        Assert.Equal(["status"], await Json.ErrorFieldsAsync(badStatus));
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string path, HourLogBody body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return client.SendAsync(request, Ct);
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        await Community.ExpectAsync(response, HttpStatusCode.OK);
        return [.. (await Json.ReadAsync(response)).GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid())];
    }
}
