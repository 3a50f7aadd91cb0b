using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Notifications.Dispatching;
using SocialPrescribing.Notifications.Model;
using SocialPrescribing.Notifications.Sending;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Application;
using SocialPrescribing.Volunteering.Infrastructure;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class DbsRenewalReminderTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_DBS_renewal_reminder_is_sent_once_at_60_30_and_7_days_even_with_two_dispatchers_and_retries()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        await GiveEmailAsync(app, community);

        var sentPerStage = new List<int>();
        // 90 days left → 60 → 30 → 7.
        foreach (var days in new[] { 30, 30, 23 })
        {
            app.Time.Advance(TimeSpan.FromDays(days));
            await RunCheckAsync(app);
            await RunCheckAsync(app);
            // Two replicas dispatching at once, then one retrying.
            var both = await Task.WhenAll(DispatchAsync(app), DispatchAsync(app));
            sentPerStage.Add(both.Sum() + await DispatchAsync(app));
        }

        Assert.Equal([1, 1, 1], sentPerStage);
        var records = await NotificationsOfAsync(app, community.VolunteerId);
        Assert.Equal(["60", "30", "7"], records.Select(r => r.Key.Split(':')[^1]));
        Assert.All(records, r =>
        {
            Assert.Equal(NotificationStatus.Sent, r.Status);
            Assert.Equal(NotificationChannel.Email, r.Channel);
            Assert.Equal(DbsRenewalReminder.Template, r.Template);
            // Once sent, the record keeps whom and what, not the address or the message's personal data.
            Assert.Null(r.Address);
            Assert.Null(r.Personalisation);
        });
        var sent = app.Services.GetRequiredService<DevelopmentNotificationSender>().Sent;
        Assert.Equal(records.Select(r => r.Id.ToString()), sent.Select(s => s.Reference));
    }

    [Fact]
    public async Task A_notification_a_dispatcher_claimed_but_did_not_finish_is_not_sent_again()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        await GiveEmailAsync(app, community);
        app.Time.Advance(TimeSpan.FromDays(30));
        await RunCheckAsync(app);
        // As a dispatcher that claimed it and died before the provider answered leaves it.
        await app.WithDbAsync(db => db.Notifications.ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Sending), Ct));

        var sent = await DispatchAsync(app);

        Assert.Equal(0, sent);
        Assert.Empty(app.Services.GetRequiredService<DevelopmentNotificationSender>().Sent);
    }

    [Fact]
    public async Task A_volunteer_who_opted_out_gets_no_DBS_reminder_and_the_reminder_is_recorded_as_not_sent()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        await GiveEmailAsync(app, community);
        using var volunteer = app.ClientFor(community.Volunteer);
        using var optOut = await volunteer.PutAsJsonAsync($"/api/volunteers/{community.VolunteerId}/reminders", new { preference = "none" }, Ct);
        await Community.ExpectAsync(optOut, HttpStatusCode.OK);

        app.Time.Advance(TimeSpan.FromDays(30));
        await RunCheckAsync(app);
        var sent = await DispatchAsync(app);

        Assert.Equal(0, sent);
        Assert.Empty(app.Services.GetRequiredService<DevelopmentNotificationSender>().Sent);
        var record = Assert.Single(await NotificationsOfAsync(app, community.VolunteerId));
        Assert.Equal(NotificationStatus.OptedOut, record.Status);
        Assert.Null(record.Address);
        var settings = await volunteer.GetFromJsonAsync<JsonElement>($"/api/volunteers/{community.VolunteerId}/reminders", Ct);
        Assert.Equal("none", settings.GetProperty("preference").GetString());
    }

    [Fact]
    public async Task Choosing_text_reminders_without_a_phone_number_is_refused_and_says_what_to_add()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var volunteer = app.ClientFor(community.Volunteer);

        using var response = await volunteer.PutAsJsonAsync($"/api/volunteers/{community.VolunteerId}/reminders", new { preference = "text" }, Ct);

        await Community.ExpectAsync(response, HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Add a mobile number to your profile to get reminders by text message.",
            problem.GetProperty("errors").GetProperty("preference")[0].GetString());
    }

    internal static async Task GiveEmailAsync(VolunteeringApp app, Community community)
    {
        using var volunteer = app.ClientFor(community.Volunteer);
        using var response = await Community.PutVolunteerAsync(volunteer, community.VolunteerId, "/profile", new
        {
            firstName = "Margaret", lastName = "Hughes", email = "margaret@example.org", postcodeDistrict = "WV10",
            languages = new[] { "en" }, roles = new[] { "befriender", "group-helper" },
        });
        await Community.ExpectAsync(response, HttpStatusCode.OK);
    }

    private static Task<int> RunCheckAsync(VolunteeringApp app) =>
        app.InScopeAsync(s => s.GetRequiredService<QualificationExpiryCheck>().RunAsync(Ct));

    private static Task<int> DispatchAsync(VolunteeringApp app) =>
        app.InScopeAsync(s => s.GetRequiredService<NotificationDispatcher<VolunteeringContext>>().RunOnceAsync(Ct));

    private static Task<List<NotificationRecord>> NotificationsOfAsync(VolunteeringApp app, Guid volunteerId) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == volunteerId).OrderBy(n => n.CreatedAt).ToListAsync(Ct));
}
