using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>Each seeded role signs in through the real identity service and sees the parts of the site their role opens.</summary>
public sealed class SignInTests(SystemFixture system, ChromiumFixture chromium)
{
    private readonly WebSession _web = new(system, chromium);

    [Theory]
    [InlineData("lw.ama.owusu", "Caseload", "Reports")]
    [InlineData("vcse.marcia.henry", "Your organisation", "Caseload")]
    [InlineData("comm.helen.abbott", "Reports", "Caseload")]
    public async Task A_staff_member_signs_in_and_sees_only_what_their_role_opens(string userName, string sees, string doesNotSee)
    {
        var page = await _web.OpenAsync(Screen.Desktop);
        await page.GotoAsync("/account/sign-in");
        // The identity service's login form is part of every staff journey, so it is checked too.
        await page.GetByLabel("User name").WaitForAsync();
        await page.VerifyPageAsync("identity-login");

        page = await _web.SignInAsStaffAsync(userName);

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = sees, Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = doesNotSee, Exact = true })).ToHaveCountAsync(0);
        await page.VerifyPageAsync($"home-{userName.Split('.')[0]}");
    }

    [Fact]
    public async Task A_volunteer_signs_in_on_their_phone_with_a_one_time_code()
    {
        var page = await _web.SignInAsVolunteerAsync("margaret.hughes@example.org");

        await page.GotoAsync("/volunteer/log-hours");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Log");
        await page.VerifyPageAsync("volunteer-log-hours");
    }
}
