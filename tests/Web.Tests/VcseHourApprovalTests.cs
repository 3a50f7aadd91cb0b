using Microsoft.Playwright;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class VcseHourApprovalTests(WebFixture fixture)
{
    [Fact]
    public async Task VCSE_staff_approve_the_hours_they_select_and_are_told_when_they_selected_none()
    {
        // An organisation of its own, so logs from other tests are not in its queue.
        var organisation = Guid.NewGuid();
        var log = fixture.Services.AddWaitingLog(Guid.NewGuid(), organisation, new DateOnly(2026, 11, 20), 60);
        var page = await fixture.NewPageAsync(Screen.Desktop, $"{Roles.VcseStaff};{ClaimNames.OrganisationId}={organisation}");
        await page.GotoAsync("/vcse/hours");

        var approve = page.GetByRole(AriaRole.Button, new() { Name = "Approve selected hours" });
        await approve.ClickAsync();
        Assert.Equal("#Input_LogIds", await page.Locator(".nhsuk-error-summary a").GetAttributeAsync("href"));
        Assert.Equal("submitted", fixture.Services.Log(log.Id).Status);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("vcse-hours-errors", Screen.Desktop);

        await page.GetByLabel("Margaret Hughes: 1 hour on 20 November 2026").CheckAsync();
        await approve.ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 log approved.");
        Assert.Equal("approved", fixture.Services.Log(log.Id).Status);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
