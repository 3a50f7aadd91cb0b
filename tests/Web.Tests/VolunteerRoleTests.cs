using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

/// <summary>The volunteering service records every log against a role: the form must always send one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VolunteerRoleTests(WebFixture fixture)
{
    private readonly Guid _volunteer = Guid.NewGuid();

    [Fact]
    public async Task A_volunteer_with_one_role_logs_hours_without_choosing_it_and_the_log_carries_it()
    {
        var page = await fixture.NewPageAsync(Screen.Phone, TestSignIn.VolunteerHeader(_volunteer));
        await page.GotoAsync("/volunteer/log-hours");
        Assert.Equal("befriender", await page.GetByLabel("Your role").InputValueAsync());

        await page.Locator("#Input_OrganisationId").SelectOptionAsync(new SelectOptionValue { Label = "Wolverhampton Friendship Line" });
        await page.Locator("#Input_Minutes").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send hours" }).ClickAsync();
        await page.WaitForURLAsync("**/volunteer/hours?logged=*");

        Assert.Equal("befriender", Assert.Single(fixture.Services.LogsOf(_volunteer)).Role);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
