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
        await phone.GotoAsync("/find-support");
        await phone.VerifyPageAsync("public-find-support");
        await phone.GetByLabel("Your postcode").FillAsync("WV10 9QR");
        await phone.GetByLabel("What would you like help with? (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Loneliness and social isolation" });
        await phone.GetByLabel("Which day suits you? (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Tuesday" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(phone.Locator("[data-public-results] [data-activity]").First).ToBeVisibleAsync();
        await phone.VerifyPageAsync("public-find-support-results");
        await phone.Locator("[data-public-results] [data-activity] a").First.ClickAsync();
        await phone.WaitForURLAsync("**/activities/*");
        await phone.VerifyPageAsync("public-activity");

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
        await phone.GetByLabel("Last name").FillAsync(familyName);
        await phone.FillDateAsync("Date of birth", new DateOnly(1957, 9, 21));
        await phone.GetByLabel("Phone call").CheckAsync();
        await phone.GetByLabel("Phone number").FillAsync("07700 900456");
        await phone.GetByLabel("Postcode").FillAsync("WV10 9QR");
        await phone.GetByLabel("What matters to you, and what would you like help with?").FillAsync("Since I retired I hardly talk to anyone during the week.");
        await phone.GetByLabel("What is it mostly about? (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Loneliness and social isolation" });
        await phone.GetByLabel("I agree to the social prescribing service using my information in this way").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Referral sent");
        await Assertions.Expect(phone.Locator("[data-reference]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^SR-[0-9A-F]{4}-[0-9A-F]{4}$"));
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("contact you within 5 working days");
        await phone.VerifyPageAsync("public-refer-yourself-sent");

        // The link worker of the team covering WV10 finds it awaiting triage; nobody may contact the person first.
        var page = await _web.SignInAsStaffAsync("lw.ama.owusu");
        await page.GotoAsync($"/link-worker/caseload?q={familyName}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Pat {familyName}" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "AwaitingTriage");
        await page.VerifyPageAsync("lw-self-referral-awaiting-triage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Triage this self-referral" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-self-referral-words]")).ToContainTextAsync("Since I retired");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save triage" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select what triage found");
        await page.VerifyPageAsync("lw-triage");
        await page.GetByLabel("Safe to proceed").CheckAsync();
        await page.GetByLabel("Note").FillAsync("Read it: lonely, nothing of safeguarding concern.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save triage" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Received");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("Referred themselves online");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("(triage: safe to proceed)");

        // Contacted, then connected to an activity from the directory search.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change status" }).ClickAsync();
        await page.GetByLabel("Contacted", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why").FillAsync("Rang Pat; would like someone to talk to on weekdays.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "Contacted");
        await page.GetByRole(AriaRole.Link, new() { Name = "Search the directory for this person" }).ClickAsync();
        await page.GetByLabel("Words to search for").FillAsync("friendship call");
        await page.GetByLabel("Near postcode").FillAsync("");
        await page.GetByLabel("Distance").SelectOptionAsync(new SelectOptionValue { Label = "Any distance" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var result = page.Locator("[data-activity]").Filter(new() { HasText = Activity });
        await result.GetByRole(AriaRole.Link, new() { Name = $"Request a connection for Pat to {Activity}" }).ClickAsync();
        await page.GetByLabel("The person agrees we share").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-connection]").First).ToHaveAttributeAsync("data-connection-status", "Requested");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("Read it: lonely, nothing of safeguarding concern.");
    }
}
