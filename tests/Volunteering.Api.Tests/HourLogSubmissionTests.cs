using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class HourLogSubmissionTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_phone_resending_a_log_gets_the_stored_log_back_and_one_record_exists()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);
        var log = Log(community, Guid.NewGuid(), minutes: 90);

        using var first = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours", log, Ct);
        using var resent = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours", log with { Note = "  Walked with Mr B.  " }, Ct);

        await Community.ExpectAsync(first, HttpStatusCode.Created);
        await Community.ExpectAsync(resent, HttpStatusCode.OK);
        Assert.Equal((await Json.ReadAsync(first)).GetProperty("submittedAt").GetDateTimeOffset(),
            (await Json.ReadAsync(resent)).GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Equal(1, await app.WithDbAsync(db => db.HourLogs.CountAsync(l => l.Id == log.Id, Ct)));
    }

    [Fact]
    public async Task Reusing_a_log_id_for_different_content_is_a_conflict_and_the_first_log_stands()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);
        var log = Log(community, Guid.NewGuid(), minutes: 90);

        using var first = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours", log, Ct);
        using var reused = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours", log with { Minutes = 120 }, Ct);

        await Community.ExpectAsync(first, HttpStatusCode.Created);
        await Community.ExpectAsync(reused, HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        var stored = await app.WithDbAsync(db => db.HourLogs.SingleAsync(l => l.Id == log.Id, Ct));
        Assert.Equal(TimeSpan.FromMinutes(90), stored.Content.Duration);
    }

    [Fact]
    public async Task Future_dates_absurd_durations_and_unknown_organisations_are_each_named_and_nothing_is_written()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);
        var path = $"/api/volunteers/{community.VolunteerId}/hours";

        using var future = await phone.PostAsJsonAsync(path, Log(community, Guid.NewGuid(), 60) with { Date = community.Today.AddDays(1) }, Ct);
        using var negative = await phone.PostAsJsonAsync(path, Log(community, Guid.NewGuid(), -30), Ct);
        using var absurd = await phone.PostAsJsonAsync(path, Log(community, Guid.NewGuid(), 25 * 60), Ct);
        using var unknown = await phone.PostAsJsonAsync(path, Log(community, Guid.NewGuid(), 60) with { OrganisationId = Guid.NewGuid() }, Ct);
        using var notAnInteger = await phone.PostAsync(path, JsonContent.Create(new { id = Guid.NewGuid(), minutes = "ninety" }), Ct);

        await Community.ExpectAsync(future, HttpStatusCode.BadRequest);
        Assert.Equal(["date"], await Json.ErrorFieldsAsync(future));
        Assert.Equal(["minutes"], await Json.ErrorFieldsAsync(negative));
        Assert.Equal(["minutes"], await Json.ErrorFieldsAsync(absurd));
        Assert.Equal(["organisationId"], await Json.ErrorFieldsAsync(unknown));
        await Community.ExpectAsync(notAnInteger, HttpStatusCode.BadRequest);
        Assert.Equal(["$.minutes"], await Json.ErrorFieldsAsync(notAnInteger));
        Assert.Equal(0, await app.WithDbAsync(db => db.HourLogs.CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Messaging.Outbox.OutboxMessage>().CountAsync(m => m.EventType.Contains("Hours"), Ct)));
    }

    [Fact]
    public async Task A_day_holds_at_most_24_hours_for_one_person_across_their_logs()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);
        var path = $"/api/volunteers/{community.VolunteerId}/hours";
        var yesterday = community.Today.AddDays(-1);

        using var morning = await phone.PostAsJsonAsync(path, Log(community, Guid.NewGuid(), 20 * 60) with { Date = yesterday }, Ct);
        using var evening = await phone.PostAsJsonAsync(path, Log(community, Guid.NewGuid(), 5 * 60) with { Date = yesterday }, Ct);
        using var exactlyFull = await phone.PostAsJsonAsync(path, Log(community, Guid.NewGuid(), 4 * 60) with { Date = yesterday }, Ct);

        await Community.ExpectAsync(morning, HttpStatusCode.Created);
        await Community.ExpectAsync(evening, HttpStatusCode.BadRequest);
        Assert.Equal(["minutes"], await Json.ErrorFieldsAsync(evening));
        await Community.ExpectAsync(exactlyFull, HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_role_whose_DBS_check_had_lapsed_on_the_day_cannot_be_logged()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        app.Time.Advance(TimeSpan.FromDays(Community.DbsDaysLeft + 2));
        using var phone = app.ClientFor(community.Volunteer);
        var today = community.Today.AddDays(Community.DbsDaysLeft + 2);

        using var befriending = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours",
            Log(community, Guid.NewGuid(), 60) with { Date = today }, Ct);
        using var groupHelping = await phone.PostAsJsonAsync($"/api/volunteers/{community.VolunteerId}/hours",
            Log(community, Guid.NewGuid(), 60) with { Date = today, Role = "group-helper" }, Ct);

        await Community.ExpectAsync(befriending, HttpStatusCode.BadRequest);
        Assert.Equal(["role"], await Json.ErrorFieldsAsync(befriending));
        await Community.ExpectAsync(groupHelping, HttpStatusCode.Created);
    }

    internal static HourLogBody Log(Community community, Guid id, int minutes) =>
        new(id, community.OrganisationA, null, "befriender", community.Today.AddDays(-1), minutes, "Walked with Mr B.");
}

public sealed record HourLogBody(Guid Id, Guid OrganisationId, Guid? ActivityId, string Role, DateOnly Date, int Minutes, string? Note);
