using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

/// <summary>The link worker's new-referral form: its errors, the service's errors, and a service that is down.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkWorkerReferralTests(WebFixture fixture, LinkWorkerSite site) : IClassFixture<LinkWorkerSite>
{
    [Fact]
    public async Task A_new_referral_sent_empty_lists_every_missing_answer_in_the_error_summary_linked_to_its_field()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop, LinkWorkerSite.LinkWorker, web: site.Web.BaseAddress);
        await page.GotoAsync("/link-worker/referrals/new");
        await page.GetByLabel("First language").FillAsync("");
        // The stand-in is shared with the other tests of the class: nobody new may be registered by this one.
        var registeredBefore = site.Referrals.PeopleRegistered;

        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();

        var links = await page.Locator(".nhsuk-error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(
            ["#Input_GivenName", "#Input_FamilyName", "#Input_DateOfBirth", "#Input_PreferredContact", "#Input_Postcode", "#Input_FirstLanguage", "#Input_Consent", "#Input_ConsentMethod", "#Input_Source", "#Input_Reason", "#Input_Urgency"],
            links);
        await Assertions.Expect(page.Locator("#Input_GivenName-error")).ToContainTextAsync("Enter the person's given name");
        Assert.Equal(registeredBefore, site.Referrals.PeopleRegistered);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_services_refusal_of_a_postcode_shows_on_the_postcode_field_and_keeps_everything_typed()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop, LinkWorkerSite.LinkWorker, web: site.Web.BaseAddress);
        await page.GotoAsync("/link-worker/referrals/new");
        await FillReferralAsync(page, "Doris", StandInReferrals.RefusedPostcode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();

        Assert.Equal("#Input_Postcode", await page.Locator(".nhsuk-error-summary a").GetAttributeAsync("href"));
        await Assertions.Expect(page.Locator("#Input_Postcode-error")).ToContainTextAsync("Enter a full UK postcode");
        await Assertions.Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Doris");
        await Assertions.Expect(page.GetByLabel("Reason for the referral")).ToHaveValueAsync("Lonely since her husband died.");
        await Assertions.Expect(page.GetByLabel("Phone call")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task While_the_referrals_service_is_down_a_new_referral_keeps_what_was_typed_and_is_saved_once_it_is_back()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop, LinkWorkerSite.LinkWorker, web: site.Web.BaseAddress);
        await page.GotoAsync("/link-worker/referrals/new");
        await FillReferralAsync(page, "Winifred", "WV10 9QR");
        var registered = site.Referrals.PeopleRegistered;

        site.Referrals.Down = true;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-service-problem]")).ToContainTextAsync("Nothing was saved");
            await Assertions.Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Winifred");
            await Assertions.Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("WV10 9QR");
            await Assertions.Expect(page.GetByLabel("Urgent", new() { Exact = true })).ToBeCheckedAsync();
            await Assertions.Expect(page.GetByLabel("The person agrees to be referred")).ToBeCheckedAsync();
            await page.AssertAccessibleAsync();
        }
        finally
        {
            site.Referrals.Down = false;
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Winifred Hughes");
        await Assertions.Expect(page.Locator("[data-saved]")).ToContainTextAsync("Referral received");
        Assert.Equal(registered + 1, site.Referrals.PeopleRegistered);
        await page.Context.CloseAsync();
    }

    private static async Task FillReferralAsync(IPage page, string givenName, string postcode)
    {
        await page.GetByLabel("Given name").FillAsync(givenName);
        await page.GetByLabel("Family name").FillAsync("Hughes");
        await page.FillDateAsync("Date of birth", new DateOnly(1944, 2, 29));
        await page.GetByLabel("Phone call").CheckAsync();
        await page.GetByLabel("Phone number (optional)").FillAsync("01902 555123");
        await page.GetByLabel("Postcode").FillAsync(postcode);
        await page.GetByLabel("The person agrees to be referred").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.GetByLabel("GP practice").CheckAsync();
        await page.GetByLabel("Referrer's name").FillAsync("Dr Patel");
        await page.GetByLabel("Reason for the referral").FillAsync("Lonely since her husband died.");
        await page.GetByLabel("Urgent", new() { Exact = true }).CheckAsync();
    }
}
