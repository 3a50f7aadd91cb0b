using SocialPrescribing.Seeds;
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
        await page.ChooseEmailRemindersAsync(referralId);

        // A session reminder as the referrals service's rule records it at 10:00 the day before (the test cannot wait
        // for that hour); the service's own scheduler, waking once a minute, sends it.
        await system.RecordReminderAsync(referralId, "Gary", "Walking football");
        var row = await page.WaitUntilSentAsync(referralId, "Reminder of tomorrow's session");
        await Assertions.Expect(row).ToContainTextAsync("Email");
        await Assertions.Expect(page.GetByLabel("By email")).ToBeCheckedAsync();
        await page.VerifyPageAsync("link-worker-reminders-sent");
    }
}
