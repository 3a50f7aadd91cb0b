using Npgsql;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>Volunteers choose their own reminders on a phone; link workers agree a person's and see what was sent.</summary>
public sealed class RemindersJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_volunteer_turns_off_reminders_on_their_phone()
    {
        var page = await _web.SignInAsVolunteerAsync("shabana.begum@example.org", Screen.Phone);
        // Signed in once the web shows the way out (on a busy machine the code's round trip can outlast a plain wait).
        await Assertions.Expect(page.GetByText("Sign out")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GotoAsync("/volunteer/reminders");
        await Assertions.Expect(page.GetByLabel("By email")).ToBeCheckedAsync();
        await page.VerifyPageAsync("volunteer-reminders");
        await page.GetByLabel("No reminders").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved: we will not send you reminders.");
        await Assertions.Expect(page.GetByLabel("No reminders")).ToBeCheckedAsync();
        await page.VerifyPageAsync("volunteer-reminders-saved");
        // Read afresh: the choice is the service's, not the browser's.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("No reminders")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task A_link_worker_agrees_email_reminders_with_a_person_and_sees_the_reminder_sent()
    {
        var referralId = SeedIds.ToGuid("ref-gary-1");
        var page = await _web.SignInAsStaffAsync("lw.ruth.giles");

        await page.GotoAsync($"/link-worker/referrals/{referralId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reminders and notifications sent" }).ClickAsync();
        await page.WaitForURLAsync($"**/link-worker/referrals/{referralId}/reminders");
        await Assertions.Expect(page.GetByLabel("No reminders")).ToBeCheckedAsync();
        await page.VerifyPageAsync("link-worker-reminders");
        await page.GetByLabel("By email").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync($"**/link-worker/referrals/{referralId}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Reminder choice saved.");

        // A session reminder as the referrals service's rule records it at 10:00 the day before (the test cannot wait
        // for that hour); the service's own scheduler, waking once a minute, sends it.
        await RecordReminderAsync(referralId);
        await page.GotoAsync($"/link-worker/referrals/{referralId}/reminders");
        await Assertions.Expect(page.GetByLabel("By email")).ToBeCheckedAsync();
        await Eventually.HoldsAsync(async () =>
        {
            await page.ReloadAsync();
            return (await page.Locator("[data-notifications]").TextContentAsync() ?? "").Contains("Sent", StringComparison.Ordinal);
        }, "the reminder is sent", TimeSpan.FromSeconds(150));
        var row = page.Locator("[data-notifications] tbody tr");
        await Assertions.Expect(row).ToContainTextAsync("Reminder of tomorrow's session");
        await Assertions.Expect(row).ToContainTextAsync("Email");
        await page.VerifyPageAsync("link-worker-reminders-sent");
    }

    private async Task RecordReminderAsync(Guid referralId)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("referrals-db"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO notifications (id, key, template, recipient_kind, recipient_id, subject_id, channel, address, personalisation, status, created_at, attempts)
            SELECT gen_random_uuid(), 'activity:journey-test:' || gen_random_uuid(), 'activity-tomorrow', 'person', r."PersonId", r."Id", 'Email',
                   p."Email", '{"first_name":"Gary","activity_name":"Walking football","session_date":"tomorrow","opens_at":"10:30am"}'::jsonb, 'Pending', now(), 0
            FROM referrals r JOIN people p ON p."Id" = r."PersonId" WHERE r."Id" = @referral
            """, connection);
        insert.Parameters.AddWithValue("referral", referralId);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }
}
