using System.Text.RegularExpressions;
using Npgsql;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// People who attended an activity rate it on their phones; the ratings travel from referrals to matching over the
/// broker, and the link worker's suggestion for that activity then gives them in words. The survey links are made as
/// the referrals service makes them when attendance is recorded (see <see cref="SurveyLinks"/>).
/// </summary>
public sealed partial class ActivityRatingJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private static readonly Guid CafeOtherTestsRate = SeedIds.ToGuid("act-friendship-line-wednesfield-cafe");
    private readonly WebSession _web = new(system, chromium);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Five_people_rate_an_activity_and_the_link_worker_sees_the_rating_among_the_reasons_it_is_suggested()
    {
        using var setup = new VcseSetup(system);
        var referralId = await setup.ReferAsync("Rhona", "Marsh");
        var worker = await _web.SignInAsStaffAsync(VcseSetup.LinkWorker);
        var referralPath = $"/link-worker/referrals/{referralId}";
        var activity = await SuggestedActivityAsync(worker, referralPath);
        var ratingReason = worker.Locator($"[data-suggestion='{activity}'] [data-reasons] li", new() { HasText = "People's ratings" });
        await Assertions.Expect(ratingReason).ToBeVisibleAsync();
        await Assertions.Expect(ratingReason).Not.ToContainTextAsync("out of 5");

        // Five people rate it: very good, good, good, very good, good (mean 4.4).
        var person = await _web.OpenAsync(Screen.Phone);
        foreach (var rating in new[] { "Very good", "Good", "Good", "Very good", "Good" })
        {
            await RateAsync(person, await AddSurveyAsync(referralId, activity), rating);
        }

        // Exactly these five, unless the only activity suggested is the café, which another journey may rate meanwhile.
        var expected = activity == CafeOtherTestsRate ? RatedByFiveOrMore() : new Regex(@"Rated 4\.4 out of 5 by 5 people\.");
        await Eventually.HoldsAsync(async () =>
        {
            await worker.GotoAsync(referralPath);
            return await ratingReason.CountAsync() == 1 && expected.IsMatch(await ratingReason.InnerTextAsync());
        }, "the suggestion's reasons give the five ratings", TimeSpan.FromSeconds(90));
        await worker.VerifyPageAsync("rating-in-suggestion-reasons");
    }

    /// <summary>An activity the matcher suggests for the referral, other than the café other journeys rate when there is one.</summary>
    private static async Task<Guid> SuggestedActivityAsync(IPage page, string referralPath)
    {
        var suggested = page.Locator("[data-suggestions='activity'] [data-suggestion]");
        await Eventually.HoldsAsync(async () =>
        {
            await page.GotoAsync(referralPath);
            return await suggested.CountAsync() > 0;
        }, "the matcher suggests an activity for the new referral", TimeSpan.FromSeconds(120));
        var ids = (await suggested.EvaluateAllAsync<string[]>("all => all.map(s => s.dataset.suggestion)")).Select(Guid.Parse).ToList();
        return ids.FirstOrDefault(id => id != CafeOtherTestsRate, ids[0]);
    }

    [GeneratedRegex(@"Rated \d\.\d out of 5 by ([5-9]|\d\d+) people\.")]
    private static partial Regex RatedByFiveOrMore();

    private static async Task RateAsync(IPage page, string token, string rating)
    {
        await page.GotoAsync($"/survey/{token}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByLabel(rating, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-survey-sent]")).ToContainTextAsync("Answers sent");
    }

    /// <summary>A link for the referral after <paramref name="activity"/>; its name and organisation are read from the matcher's copy of the directory.</summary>
    private async Task<string> AddSurveyAsync(Guid referralId, Guid activity)
    {
        await using var matching = new NpgsqlConnection(await system.App.GetConnectionStringAsync("matching-db"));
        await matching.OpenAsync(Ct);
        await using var read = new NpgsqlCommand("""SELECT "Name", "OrganisationId" FROM activities WHERE "ActivityId" = @activity""", matching);
        read.Parameters.AddWithValue("activity", activity);
        await using var row = await read.ExecuteReaderAsync(Ct);
        Assert.True(await row.ReadAsync(Ct));
        return await system.AddSurveyLinkAsync(referralId, "AfterActivity", (activity, row.GetGuid(1), row.GetString(0)));
    }
}
