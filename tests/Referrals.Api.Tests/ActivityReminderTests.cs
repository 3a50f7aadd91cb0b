using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Notifications.Sending;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Application;
using SocialPrescribing.Referrals.Domain.Calendar;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class ActivityReminderTests(ReferralsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_person_connected_to_an_activity_gets_one_text_the_day_before_even_with_two_replicas_and_a_retry()
    {
        var (worker, referralId, _) = await ConnectedAsync();
        using var choose = await worker.Http.PutAsJsonAsync($"/api/referrals/{referralId}/reminders", new { preference = "text" }, Ct);
        await LinkWorkerClient.ReadAsync(choose);

        await app.AtAsync(TenThirtyTheDayBefore().Utc, async () =>
        {
            // Two replicas' rules and dispatchers at once, then one retrying.
            await Task.WhenAll(app.RecordDueAsync<ActivityReminders>(), app.RecordDueAsync<ActivityReminders>());
            await Task.WhenAll(app.DispatchAsync(), app.DispatchAsync());
            await app.RecordDueAsync<ActivityReminders>();
            await app.DispatchAsync();
        });

        var notification = Assert.Single((await NotificationsAsync(worker, referralId)).AsArray())!;
        Assert.Equal("activity-tomorrow", notification["template"]!.GetValue<string>());
        Assert.Equal("text", notification["channel"]!.GetValue<string>());
        Assert.Equal("sent", notification["status"]!.GetValue<string>());
        Assert.NotNull(notification["sentAt"]);
        var id = notification["id"]!.GetValue<Guid>().ToString();
        Assert.Single(app.Factory.Services.GetRequiredService<DevelopmentNotificationSender>().Sent, s => s.Reference == id);
    }

    [Fact]
    public async Task A_person_who_has_not_agreed_to_reminders_gets_none_and_the_link_worker_sees_why()
    {
        var (worker, referralId, _) = await ConnectedAsync();
        using var optOut = await worker.Http.PutAsJsonAsync($"/api/referrals/{referralId}/reminders", new { preference = "none" }, Ct);
        await LinkWorkerClient.ReadAsync(optOut);

        await app.AtAsync(TenThirtyTheDayBefore().Utc, async () =>
        {
            await app.RecordDueAsync<ActivityReminders>();
            await app.DispatchAsync();
        });

        var notification = Assert.Single((await NotificationsAsync(worker, referralId)).AsArray())!;
        Assert.Equal("opted-out", notification["status"]!.GetValue<string>());
        var settings = await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/referrals/{referralId}/reminders", Ct));
        Assert.Equal("none", settings["preference"]!.GetValue<string>());
        var id = notification["id"]!.GetValue<Guid>().ToString();
        Assert.DoesNotContain(app.Factory.Services.GetRequiredService<DevelopmentNotificationSender>().Sent, s => s.Reference == id);
    }

    [Fact]
    public async Task Email_reminders_for_a_person_without_an_email_address_are_refused_naming_the_field()
    {
        var (worker, referralId, _) = await ConnectedAsync();

        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.PutAsJsonAsync($"/api/referrals/{referralId}/reminders", new { preference = "email" }, Ct), HttpStatusCode.BadRequest);

        Assert.Equal("Add the person's email address to send reminders by email.", problem["errors"]!["preference"]![0]!.GetValue<string>());
    }

    /// <summary>A person with a mobile, referred and connected (the provider accepted) to an activity that runs tomorrow at 10:30 UK time.</summary>
    private async Task<(LinkWorkerClient Worker, Guid ReferralId, Guid ConnectionId)> ConnectedAsync()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var person = LinkWorkerClient.PersonRequest();
        person["contact"] = new JsonObject { ["preferred"] = "text-message", ["mobile"] = "07700 900127" };
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync(person));
        var providerId = Guid.NewGuid();
        var sessionDay = TenThirtyTheDayBefore().UkDate.AddDays(1);
        var activityId = app.Places.WeeklyActivityRunBy(providerId, "Chair yoga", sessionDay.DayOfWeek, new TimeOnly(10, 30));
        var connectionId = await worker.RequestActivityAsync(referralId, activityId, providerId);
        var provider = app.CreateClient(TestTokens.VcseStaff(providerId));
        using var accept = await provider.PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/answer", new { accept = true }, Ct);
        await LinkWorkerClient.ReadAsync(accept);
        return (worker, referralId, connectionId);
    }

    /// <summary>The next 10:30 in the UK: reminders for the following day's sessions are due then.</summary>
    private (DateTimeOffset Utc, DateOnly UkDate) TenThirtyTheDayBefore()
    {
        var now = app.Clock.GetUtcNow();
        var ukNow = WorkingDays.UkLocalTimeOf(now);
        var day = DateOnly.FromDateTime(ukNow).AddDays(TimeOnly.FromDateTime(ukNow) < new TimeOnly(10, 30) ? 0 : 1);
        var uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var local = day.ToDateTime(new TimeOnly(10, 30));
        return (new DateTimeOffset(local, uk.GetUtcOffset(local)), day);
    }

    private static async Task<JsonNode> NotificationsAsync(LinkWorkerClient worker, Guid referralId) =>
        await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync($"/api/referrals/{referralId}/notifications", Ct));
}
