using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// A person with no account finds support on a phone and refers themselves; the link worker of the team covering
/// their postcode triages the self-referral for safeguarding, contacts them and connects them to an activity.
/// Every new page is checked with axe and kept as screenshots.
/// </summary>
public sealed class SelfReferralJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string Activity = "Weekly friendship call";

    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_person_refers_themselves_on_a_phone_and_a_link_worker_triages_and_connects_them()
    {
        var familyName = $"Selfref{Random.Shared.Next(10_000, 99_999)}";

        // Find support, with no sign-in, on a phone: by postcode, need and day, then an activity's page.
        var phone = await _web.OpenAsync(Screen.Phone);
        await phone.FindSupportAsync();

        // Refer yourself: every mistake at once, then sent.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Refer yourself" }).ClickAsync();
        await phone.VerifyPageAsync("public-refer-yourself");
        await phone.GetByLabel("First name").FillAsync("Pat");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        var summary = phone.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter your last name");
        await Assertions.Expect(summary).ToContainTextAsync("Confirm that you agree to how we use your information");
        await Assertions.Expect(phone.GetByLabel("First name")).ToHaveValueAsync("Pat");
        await phone.VerifyPageAsync("public-refer-yourself-errors");
        await phone.SendSelfReferralAsync("Pat", familyName);

        // The link worker of the team covering WV10 finds it awaiting triage; nobody may contact the person first.
        var page = await _web.SignInAsStaffAsync("lw.ama.owusu");
        await page.GotoAsync($"/link-worker/caseload?q={familyName}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Pat {familyName}" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "awaiting-triage");
        await page.VerifyPageAsync("lw-self-referral-awaiting-triage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Triage this self-referral" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-self-referral-words]")).ToContainTextAsync("Since I retired");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save triage" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select what triage found");
        await page.VerifyPageAsync("lw-triage");
        await page.TriageAsSafeToProceedAsync("Read it: lonely, nothing of safeguarding concern.");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("Referred themselves online");

        // Contacted, then connected to an activity from the directory search.
        await page.ContactAndRequestActivityAsync("Pat", Activity, "friendship call");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("Read it: lonely, nothing of safeguarding concern.");
    }
}
