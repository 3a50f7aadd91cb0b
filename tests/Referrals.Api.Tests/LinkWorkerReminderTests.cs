using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Notifications.Model;
using SocialPrescribing.Notifications.Sending;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.Referrals.Application;
using SocialPrescribing.Referrals.Domain.Calendar;
using SocialPrescribing.Referrals.Infrastructure;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class LinkWorkerReminderTests(ReferralsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_link_worker_gets_one_digest_of_overdue_first_contacts_even_with_two_replicas_and_a_retry()
    {
        var (worker, subject) = LinkWorker();
        await worker.ReferAsync(await worker.RegisterPersonAsync());

        // A routine referral may wait 5 working days for first contact; 7 later it is overdue.
        await app.AtAsync(HalfPastNine(WorkingDaysFromToday(7)), async () =>
        {
            await Task.WhenAll(app.RecordDueAsync<LinkWorkerReminders>(), app.RecordDueAsync<LinkWorkerReminders>());
            var recorded = Assert.Single(await DigestsAsync(subject));
            Assert.Equal("1", recorded.Personalisation!["overdue_first_contacts"]);
            Assert.Equal("0", recorded.Personalisation!["requests_nearing_expiry"]);
            await Task.WhenAll(app.DispatchAsync(), app.DispatchAsync());
            await app.RecordDueAsync<LinkWorkerReminders>();
            await app.DispatchAsync();
        });

        var digest = Assert.Single(await DigestsAsync(subject));
        Assert.Equal((NotificationStatus.Sent, NotificationChannel.Email), (digest.Status, digest.Channel));
        Assert.Null(digest.Address);
        Assert.Single(app.Factory.Services.GetRequiredService<DevelopmentNotificationSender>().Sent, s => s.Reference == digest.Id.ToString());
    }

    [Fact]
    public async Task A_digest_counts_requests_that_expire_unanswered_by_the_next_working_day()
    {
        var (worker, subject) = LinkWorker();
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var provider = Guid.NewGuid();
        await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(provider), provider, agreedWorkingDays: 2);

        await app.AtAsync(HalfPastNine(WorkingDaysFromToday(1)), app.RecordDueAsync<LinkWorkerReminders>);

        var digest = Assert.Single(await DigestsAsync(subject));
        Assert.Equal("1", digest.Personalisation!["requests_nearing_expiry"]);
        Assert.Equal("0", digest.Personalisation!["overdue_first_contacts"]);
    }

    [Fact]
    public async Task A_link_worker_who_opted_out_gets_no_digest_and_it_is_recorded_as_opted_out()
    {
        var (worker, subject) = LinkWorker();
        using var optOut = await worker.Http.PutAsJsonAsync("/api/link-workers/me/reminders", new { preference = "none" }, Ct);
        await LinkWorkerClient.ReadAsync(optOut);
        await worker.ReferAsync(await worker.RegisterPersonAsync());

        await app.AtAsync(HalfPastNine(WorkingDaysFromToday(7)), async () =>
        {
            await app.RecordDueAsync<LinkWorkerReminders>();
            await app.DispatchAsync();
        });

        var digest = Assert.Single(await DigestsAsync(subject));
        Assert.Equal(NotificationStatus.OptedOut, digest.Status);
        Assert.DoesNotContain(app.Factory.Services.GetRequiredService<DevelopmentNotificationSender>().Sent, s => s.Reference == digest.Id.ToString());
        var settings = await LinkWorkerClient.ReadAsync(await worker.Http.GetAsync("/api/link-workers/me/reminders", Ct));
        Assert.Equal("none", settings["preference"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_link_worker_can_choose_only_email_or_no_digest()
    {
        var (worker, _) = LinkWorker();

        var problem = await LinkWorkerClient.ProblemAsync(
            await worker.Http.PutAsJsonAsync("/api/link-workers/me/reminders", new { preference = "text" }, Ct), HttpStatusCode.BadRequest);

        Assert.Equal("Choose email or no reminders.", problem["errors"]!["preference"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Commissioners_see_reminders_sent_by_template_for_a_quarter_and_a_wrong_period_is_refused()
    {
        var commissioner = app.CreateClient(TestTokens.Commissioner());
        var quarter = ReportPeriod.LastEnded(DateOnly.FromDateTime(DateTime.UtcNow));

        var report = await LinkWorkerClient.ReadAsync(await commissioner.GetAsync($"/api/reports/notifications?from={quarter.From:yyyy-MM-dd}&to={quarter.To:yyyy-MM-dd}", Ct));
        var problem = await LinkWorkerClient.ProblemAsync(await commissioner.GetAsync("/api/reports/notifications?from=2026-01-02&to=2026-03-31", Ct), HttpStatusCode.BadRequest);

        Assert.Equal(quarter.From.ToString("yyyy-MM-dd"), report["from"]!.GetValue<string>());
        Assert.NotNull(report["byTemplate"]!.AsArray());
        Assert.NotNull(problem["errors"]!["from"]);
    }

    private (LinkWorkerClient Worker, string Subject) LinkWorker()
    {
        var subject = $"link-worker-{Guid.NewGuid():N}";
        var token = TestTokens.Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: Guid.NewGuid(), subject: subject, name: "Ada Lovelace", email: "ada.lovelace@example.nhs.uk");
        return (new LinkWorkerClient(app.CreateClient(token)), subject);
    }

    private DateOnly WorkingDaysFromToday(int days) =>
        WorkingDays.Add(WorkingDays.UkDateOf(app.Clock.GetUtcNow()), days, app.Factory.Services.GetRequiredService<IWorkingDayCalendar>());

    private static DateTimeOffset HalfPastNine(DateOnly day)
    {
        var uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var local = day.ToDateTime(new TimeOnly(9, 30));
        return new DateTimeOffset(local, uk.GetUtcOffset(local));
    }

    private async Task<List<NotificationRecord>> DigestsAsync(string subject)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsContext>();
        var linkWorker = await db.LinkWorkers.AsNoTracking().SingleAsync(l => l.Subject == subject, Ct);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientId == linkWorker.Id && n.Template == LinkWorkerReminders.Template)
            .ToListAsync(Ct);
    }
}
