using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>A VCSE group's day on the web, against the whole system: requests from a link worker and hours from a volunteer come in through the real APIs.</summary>
public sealed class VcseJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_VCSE_manager_accepts_a_request_and_approves_hours()
    {
        using var setup = new VcseSetup(system);
        // Family names of this run's own (and not the seeded Doris Fellows', whom other journeys search for and refer again).
        var (familyName, price) = ($"Fairweather{Random.Shared.Next(10_000, 99_999)}", $"Price{Random.Shared.Next(10_000, 99_999)}");
        var (dorisReferral, doris) = await setup.RequestPlaceAsync("Doris", familyName, VcseSetup.FriendshipCalls);
        var (stanleyReferral, stanley) = await setup.RequestPlaceAsync("Stanley", price, VcseSetup.FriendshipCafe);
        var log = await setup.LogHoursAsync(75, "Called three members");

        var page = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Your organisation" }).ClickAsync();
        await page.VerifyPageAsync("vcse-organisation");

        // Connection requests: accept Doris, decline Stanley (a reason is required).
        await page.GetByRole(AriaRole.Link, new() { Name = "Connection requests" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-connection-id='{doris}']")).ToContainTextAsync("Weekly friendship call");
        await page.VerifyPageAsync("vcse-requests");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accept the request for Doris {familyName}" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The request is accepted");
        await page.VerifyPageAsync("vcse-request-accepted");
        Assert.Equal("accepted", (await setup.ConnectionAsync(dorisReferral, doris)).Status);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Decline the request for Stanley {price}" }).ClickAsync();
        var decline = page.GetByRole(AriaRole.Button, new() { Name = "Decline request" });
        await decline.ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter why you cannot take this person");
        await page.VerifyPageAsync("vcse-decline-errors");
        await page.GetByLabel("Why can you not take this person?").FillAsync("The cafe is full until March.");
        await decline.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The request is declined");
        Assert.Equal(("declined", "The cafe is full until March."), await setup.ConnectionAsync(stanleyReferral, stanley));

        // Activities: more places on the home visits.
        await page.GotoAsync("/vcse/activities");
        await page.VerifyPageAsync("vcse-activities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change places of Home visiting befriender" }).ClickAsync();
        await page.VerifyPageAsync("vcse-places");
        await page.GetByLabel("How many places does Home visiting befriender have?").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save places" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The activity now has 30 places.");
        await Assertions.Expect(page.Locator($"[data-activity-id='{VcseSetup.FriendshipHomeVisits}'] [data-places]")).ToContainTextAsync("of 30 free");

        // An API client for the group's own booking system: the secret is shown once, and works.
        await page.GotoAsync("/vcse/api-clients");
        await page.VerifyPageAsync("vcse-api-clients");
        await page.GetByLabel("Name").FillAsync("Booking system");
        await page.GetByLabel("Read the directory's activities").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();
        var secret = (await page.Locator("[data-client-secret]").InnerTextAsync()).Trim();
        var clientId = (await page.Locator("[data-new-secret] [data-client-id]").InnerTextAsync()).Trim();
        await page.VerifyPageAsync("vcse-api-client-secret");
        Assert.True(await setup.ClientCanSignInAsync(clientId, secret));
        await page.GetByRole(AriaRole.Link, new() { Name = "I have copied the secret" }).ClickAsync();
        Assert.DoesNotContain(secret, await page.ContentAsync());

        // Margaret's hours.
        await page.GotoAsync("/vcse/hours");
        await page.VerifyPageAsync("vcse-hours");
        await page.Locator($"[data-log-id='{log}'] input").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve selected hours" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 log approved.");
        await page.VerifyPageAsync("vcse-hours-approved");
        Assert.Equal("approved", await setup.LogStatusAsync(log));
    }
}
