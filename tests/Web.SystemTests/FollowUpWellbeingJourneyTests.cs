using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// At the follow-up agreed in the plan the person gets a single-use link to the wellbeing questions (the referrals service's
/// tests show the sending); they answer on a phone with no sign-in, and their link worker sees the follow-up score.
/// </summary>
public sealed class FollowUpWellbeingJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_person_answers_the_follow_up_wellbeing_questions_on_a_phone_and_their_link_worker_sees_the_score()
    {
        using var setup = new VcseSetup(system);
        var referralId = await setup.ReferAsync("Nell", "Whitmore");
        var token = await system.AddSurveyLinkAsync(referralId, "FollowUpWellbeing");
        var page = await _web.OpenAsync(Screen.Phone);

        await page.GotoAsync($"/survey/{token}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How you have been feeling");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Your link worker sees them");
        await page.VerifyPageAsync("follow-up-wellbeing-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Group)).ToContainTextAsync("I've been feeling optimistic about the future");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select how often you have felt this way");
        await page.VerifyPageAsync("follow-up-wellbeing-error");

        // "All of the time" (5) to the first statement, "Often" (4) to the other six: raw score 5 + 6 x 4 = 29.
        foreach (var answer in new[] { "All of the time", "Often", "Often", "Often", "Often", "Often", "Often" })
        {
            await page.GetByLabel(answer, new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }
        await Assertions.Expect(page.Locator("[data-survey-answers]")).ToContainTextAsync("All of the time");
        await page.VerifyPageAsync("follow-up-wellbeing-check-answers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-survey-sent]")).ToContainTextAsync("Answers sent");
        // Unlike the other surveys, these answers go to the link worker: the page must not say nobody will see them.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Your link worker will see them");

        var worker = await _web.SignInAsStaffAsync(VcseSetup.LinkWorker);
        await worker.GotoAsync($"/link-worker/referrals/{referralId}");
        var scores = worker.Locator("[data-chart-table='swemwbs'] tbody tr");
        await Assertions.Expect(scores).ToHaveCountAsync(1);
        await Assertions.Expect(scores).ToContainTextAsync("29");
        await worker.VerifyPageAsync("follow-up-wellbeing-on-referral");
    }
}
