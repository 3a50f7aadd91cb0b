using SocialPrescribing.TestKit;

namespace SocialPrescribing.Web.SystemTests.Hosting;

/// <summary>A link worker agrees reminders with a person and watches what was sent, on the referral's reminders page.</summary>
public static class ReminderSteps
{
    /// <summary>On the reminders page: by email, saved; the referral says so.</summary>
    public static async Task ChooseEmailRemindersAsync(this IPage page, Guid referralId)
    {
        await page.GetByLabel("By email").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync($"**/link-worker/referrals/{referralId}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Reminder choice saved.");
    }

    /// <summary>Opens the reminders page until the newest notification <paramref name="what"/> reads "Sent" (the scheduler wakes once a minute); its row.</summary>
    public static async Task<ILocator> WaitUntilSentAsync(this IPage page, Guid referralId, string what)
    {
        await page.GotoAsync($"/link-worker/referrals/{referralId}/reminders");
        var row = page.Locator("[data-notifications] tbody tr", new() { HasText = what }).First;
        await Eventually.HoldsAsync(async () =>
        {
            await page.ReloadAsync();
            return await row.CountAsync() == 1 && (await row.TextContentAsync() ?? "").Contains("Sent", StringComparison.Ordinal);
        }, $"\"{what}\" is sent", TimeSpan.FromSeconds(150));
        return row;
    }
}
