using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class VcseRequestTests(WebFixture browser, VcseWeb vcse)
{
    [Fact]
    public async Task VCSE_staff_accept_one_request_and_cannot_decline_another_without_a_reason()
    {
        var (page, organisation) = await vcse.SignInAsync(browser);
        var cafe = vcse.Services.AddActivity(organisation, "Wednesday cafe");
        var doris = vcse.Services.AddRequest(organisation, cafe.Id, "Doris", "Fellows");
        var stan = vcse.Services.AddRequest(organisation, cafe.Id, "Stan", "Price");
        await page.GotoAsync("/vcse/requests");
        var listed = await page.Locator($"[data-connection-id='{doris.Id}']").InnerTextAsync();
        Assert.Contains("Wednesday cafe", listed);
        Assert.Contains("step free access", listed);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the request for Doris Fellows" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The request is accepted");
        Assert.Equal("accepted", doris.Status);

        await page.GetByRole(AriaRole.Link, new() { Name = "Decline the request for Stan Price" }).ClickAsync();
        var decline = page.GetByRole(AriaRole.Button, new() { Name = "Decline request" });
        await decline.ClickAsync();
        Assert.Equal(["#Input_Reason"], await VcseActivityTests.SummaryLinksAsync(page));
        Assert.Equal("requested", stan.Status);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Why can you not take this person?").FillAsync("The cafe is full until March.");
        await decline.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("The request is declined");
        Assert.Equal(("declined", "The cafe is full until March."), (stan.Status, stan.Reason));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_referrals_is_down_the_decline_reason_is_kept()
    {
        var (page, organisation) = await vcse.SignInAsync(browser);
        var request = vcse.Services.AddRequest(organisation, Guid.NewGuid(), "Doris", "Fellows");
        await page.GotoAsync($"/vcse/requests/{request.Id}/decline");
        await page.GetByLabel("Why can you not take this person?").FillAsync("No one speaks Polish at the group yet.");

        vcse.Services.Down = true;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Decline request" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-service-problem]")).ToContainTextAsync("the referrals service is not answering");
            Assert.Equal("No one speaks Polish at the group yet.", await page.GetByLabel("Why can you not take this person?").InputValueAsync());
            Assert.Equal("requested", request.Status);
            await page.AssertAccessibleAsync();
        }
        finally
        {
            vcse.Services.Down = false;
        }
        await page.Context.CloseAsync();
    }
}
