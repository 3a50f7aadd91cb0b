using System.Net;
using Microsoft.Playwright;
using SocialPrescribing.Authorization;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class VcseApiClientTests(WebFixture browser, VcseWeb vcse)
{
    [Fact]
    public async Task A_VCSE_manager_creates_a_client_sees_its_secret_once_then_changes_it_and_revokes_it_each_after_asking()
    {
        var (page, organisation) = await vcse.SignInAsync(browser, Roles.VcseManager);
        await page.GotoAsync("/vcse/api-clients");
        var create = page.GetByRole(AriaRole.Button, new() { Name = "Create client" });

        await page.GetByLabel("Name").FillAsync("Booking system");
        await create.ClickAsync();
        Assert.Equal(["#Input_Scopes"], await VcseActivityTests.SummaryLinksAsync(page));
        Assert.Equal("Booking system", await page.GetByLabel("Name").InputValueAsync());
        await page.AssertAccessibleAsync();

        await page.GetByLabel("List and change your organisation's activities and places").CheckAsync();
        await create.ClickAsync();
        var client = Assert.Single(vcse.Services.ClientsOf(organisation));
        Assert.Equal(["directory.write"], client.Scopes);
        Assert.Equal(client.Secret, await page.Locator("[data-client-secret]").InnerTextAsync());
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "I have copied the secret" }).ClickAsync();
        Assert.Equal(0, await page.Locator("[data-client-secret]").CountAsync());
        Assert.DoesNotContain(client.Secret, await page.ContentAsync());

        var first = client.Secret;
        await page.GetByRole(AriaRole.Link, new() { Name = "Change secret of Booking system" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change the secret of Booking system?");
        Assert.Equal(first, client.Secret);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Change secret" }).ClickAsync();
        Assert.NotEqual(first, client.Secret);
        Assert.Equal(client.Secret, await page.Locator("[data-client-secret]").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".nhsuk-error-summary, .nhsuk-error-message").CountAsync());
        await page.GotoAsync("/vcse/api-clients");

        await page.GetByRole(AriaRole.Link, new() { Name = "Revoke Booking system" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Revoke Booking system?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke client" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Booking system is revoked.");
        Assert.NotNull(client.RevokedAt);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task VCSE_staff_who_are_not_managers_cannot_open_the_API_clients_page()
    {
        var (page, _) = await vcse.SignInAsync(browser, Roles.VcseStaff);
        var response = await page.GotoAsync("/vcse/api-clients");
        Assert.DoesNotContain("/vcse/api-clients", page.Url);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Create client" }).CountAsync());
        Assert.NotEqual((int)HttpStatusCode.InternalServerError, response!.Status);
        await page.Context.CloseAsync();
    }
}
