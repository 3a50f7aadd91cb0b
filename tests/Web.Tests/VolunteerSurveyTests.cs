using Microsoft.Playwright;
using SocialPrescribing.TestKit;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

/// <summary>The quarterly survey on a phone without JavaScript: one question a page, nothing typed lost, check answers, sent once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VolunteerSurveyTests(WebFixture fixture)
{
    [Fact]
    public async Task The_survey_works_without_JavaScript_keeps_every_answer_between_pages_and_stops_asking_once_answered()
    {
        var volunteerId = Guid.NewGuid();
        var page = await fixture.NewPageAsync(Screen.Phone, TestSignIn.VolunteerHeader(volunteerId), javaScript: false);
        // Home waits at most 3 s for volunteering, then shows the rest without the card; on a machine running every
        // suite at once the first answer can take longer, and the volunteer sees the card on their next visit.
        var askForSurvey = page.GetByRole(AriaRole.Link, new() { Name = "Tell us how volunteering is going" });
        await Eventually.HoldsAsync(async () =>
        {
            await page.GotoAsync("/");
            return await askForSurvey.CountAsync() == 1;
        }, "the volunteer's home asks them to answer this quarter's survey", TimeSpan.FromSeconds(90));
        await askForSurvey.ClickAsync();

        await page.GetByLabel("Disagree", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select how much you agree that you feel supported");
        await page.GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Too long: refused with the text kept, to be shortened rather than typed again.
        var comments = page.GetByLabel("What helps, what could be better, in your own words");
        await comments.FillAsync(new string('a', 2001));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("2000 characters or fewer");
        Assert.Equal(2001, (await comments.InputValueAsync()).Length);
        await comments.FillAsync("More training on listening, please.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        var answers = page.Locator("[data-survey-answers]");
        await Assertions.Expect(answers).ToContainTextAsync("Disagree");
        await Assertions.Expect(answers).ToContainTextAsync("More training on listening, please.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-survey-done]")).ToContainTextAsync("October to December 2026");
        var sent = fixture.Services.SurveyAnswerOf(volunteerId)!.Value;
        Assert.Equal("disagree", sent.GetProperty("useful").GetString());
        Assert.Equal("agree", sent.GetProperty("supported").GetString());
        Assert.Equal("More training on listening, please.", sent.GetProperty("comments").GetString());
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-survey-card]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
