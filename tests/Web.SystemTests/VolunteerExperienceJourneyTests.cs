using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// A volunteer on a phone tells us how volunteering is going and gives equality information with consent; a
/// commissioner sees the diversity of volunteering and the survey's results.
/// </summary>
public sealed class VolunteerExperienceJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string Volunteer = "gemma.tranter@example.com";
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_volunteer_answers_the_quarterly_survey_on_a_phone_one_question_a_page()
    {
        await system.GiveApprovedHourTodayAsync(Volunteer, SeedIds.ToGuid("vol-gemma-tranter"), SeedIds.ToGuid("org-halesowen-recovery-cafe"), "peer-supporter");
        var page = await _web.SignInAsVolunteerAsync(Volunteer, Screen.Phone);
        await Assertions.Expect(page.GetByText("Sign out")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tell us how volunteering is going" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("I feel useful when I volunteer");
        await page.VerifyPageAsync("volunteer-survey-useful");
        // Nothing chosen: the error summary, below the back link, says what to do.
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select how much you agree that you feel useful");
        await page.VerifyPageAsync("volunteer-survey-useful-error");
        await page.GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("I feel supported when I volunteer");
        await page.VerifyPageAsync("volunteer-survey-supported");
        await page.GetByLabel("Strongly agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.VerifyPageAsync("volunteer-survey-comments");
        await page.GetByLabel("What helps, what could be better, in your own words").FillAsync("The Thursday cafe makes me feel part of something.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Check your answers before sending them");
        var answers = page.Locator("[data-survey-answers]");
        await Assertions.Expect(answers).ToContainTextAsync("Agree");
        await Assertions.Expect(answers).ToContainTextAsync("Strongly agree");
        await Assertions.Expect(answers).ToContainTextAsync("The Thursday cafe makes me feel part of something.");
        await page.VerifyPageAsync("volunteer-survey-check");
        // Changing one answer comes back to check answers, the others kept.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change i feel useful" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Agree", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByLabel("Strongly agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(answers).ToContainTextAsync("The Thursday cafe makes me feel part of something.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-survey-done]")).ToContainTextAsync("Thank you");
        await page.VerifyPageAsync("volunteer-survey-done");
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-role-home]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-survey-card]")).ToHaveCountAsync(0);
        // A second answer this quarter is refused kindly.
        await page.GotoAsync("/volunteer/survey");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You have already told us how volunteering is going");
    }

    [Fact]
    public async Task A_volunteer_gives_equality_information_only_with_consent_and_can_withdraw_it()
    {
        var page = await _web.SignInAsVolunteerAsync("shabana.begum@example.org", Screen.Phone);
        await Assertions.Expect(page.GetByText("Sign out")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GotoAsync("/volunteer/equality");
        await page.VerifyPageAsync("volunteer-equality");
        await page.GetByLabel("55 to 64").CheckAsync();
        await page.GetByLabel("Black, Black British, Black Welsh, Caribbean or African: Caribbean").CheckAsync();
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        // Without consent nothing is stored, and what was chosen is kept.
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select that you agree to us keeping this information");
        await Assertions.Expect(page.GetByLabel("55 to 64")).ToBeCheckedAsync();
        await page.VerifyPageAsync("volunteer-equality-no-consent");
        await page.GetByLabel("I agree to my answers being kept").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your equality information has been saved.");
        await Assertions.Expect(page.GetByLabel("Black, Black British, Black Welsh, Caribbean or African: Caribbean")).ToBeCheckedAsync();
        await page.VerifyPageAsync("volunteer-equality-saved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw consent and delete my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("your equality information has been deleted");
        await Assertions.Expect(page.GetByLabel("55 to 64")).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task A_commissioner_sees_volunteering_effort_by_equality_group_and_the_survey_results()
    {
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);
        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Diversity of volunteering and volunteers' experience" }).ClickAsync();
        await page.VerifyPageAsync("commissioner-volunteering-diversity-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();

        foreach (var table in new[] { "By age band", "By ethnic group", "By disability (Equality Act 2010)", "By area deprivation" })
        {
            await Assertions.Expect(page.Locator($"[data-diversity-table='{table}']")).ToBeVisibleAsync();
        }
        await Assertions.Expect(page.Locator("[data-diversity-table='By ethnic group'] [data-diversity-row='not given']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-survey-results]")).ToContainTextAsync("Volunteers who answered");
        await page.VerifyPageAsync("commissioner-volunteering-diversity");
    }
}
