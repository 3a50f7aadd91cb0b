using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class VolunteerInvitationTests(WebFixture fixture)
{
    private readonly Guid _volunteer = Guid.NewGuid();

    [Fact]
    public async Task A_volunteer_accepts_one_organisations_invitation_and_declines_another_on_their_phone()
    {
        var greenGym = fixture.Services.Invite(_volunteer, Guid.NewGuid(), "Dudley Green Gym");
        var choir = fixture.Services.Invite(_volunteer, Guid.NewGuid(), "Walsall Community Choir");
        var page = await fixture.NewPageAsync(Screen.Phone, TestSignIn.VolunteerHeader(_volunteer));
        await page.GotoAsync("/volunteer/invitations");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("volunteer-invitations", Screen.Phone);

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation from Dudley Green Gym" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("You now volunteer with Dudley Green Gym");
        await page.GetByRole(AriaRole.Button, new() { Name = "Decline the invitation from Walsall Community Choir" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("You declined Walsall Community Choir's invitation");

        Assert.Equal(("accepted", "declined"), (fixture.Services.Invitation(greenGym.Id).Status, fixture.Services.Invitation(choir.Id).Status));
        Assert.Equal(0, await page.Locator("[data-invitation-id]").CountAsync());
        var answered = await page.Locator("[data-answered-invitations]").InnerTextAsync();
        Assert.Contains("Dudley Green Gym: accepted", answered);
        Assert.Contains("Walsall Community Choir: declined", answered);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_invitation_already_answered_elsewhere_is_explained_not_answered_twice()
    {
        var invitation = fixture.Services.Invite(_volunteer, Guid.NewGuid(), "Dudley Green Gym");
        var page = await fixture.NewPageAsync(Screen.Phone, TestSignIn.VolunteerHeader(_volunteer));
        await page.GotoAsync("/volunteer/invitations");
        var accept = page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation from Dudley Green Gym" });
        fixture.Services.AnswerElsewhere(invitation.Id, "declined");

        await accept.ClickAsync();

        await Assertions.Expect(page.Locator("[data-service-problem]")).ToContainTextAsync("already declined");
        Assert.Equal("declined", fixture.Services.Invitation(invitation.Id).Status);
        await page.Context.CloseAsync();
    }
}
