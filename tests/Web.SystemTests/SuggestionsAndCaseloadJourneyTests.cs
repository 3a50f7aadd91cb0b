using System.Text.RegularExpressions;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// Issue 15, problems 5, 6 (the person look-up) and 10, on the whole system with the demo seeds: suggestions a link
/// worker can trust and act on, the caseload's search, filters, sort and flags, and finding a known person before a
/// new referral. Doris Fellows (Wolverhampton North) attended the Wednesfield café and is matched with Margaret Hughes;
/// her plan's review fell due six weeks ago.
/// </summary>
public sealed partial class SuggestionsAndCaseloadJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string LinkWorker = "lw.ama.owusu";
    private static readonly Guid DorisReferral = SeedIds.ToGuid("ref-doris-1");
    private static readonly Guid LilyReferral = SeedIds.ToGuid("ref-lily-1");
    private static readonly Guid CafeSheAttended = SeedIds.ToGuid("act-friendship-line-wednesfield-cafe");
    private static readonly Guid VolunteerSheHas = SeedIds.ToGuid("vol-margaret-hughes");

    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task Suggestions_leave_out_what_the_person_has_rank_each_once_and_say_how_good_a_match_is_in_words()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);

        // Doris's café and volunteer were her only matches within her 3 km: now nothing is offered twice.
        await WaitForMatcherAsync(page, $"/link-worker/referrals/{DorisReferral}", suggestions: false);
        await Assertions.Expect(page.Locator($"[data-suggestion='{CafeSheAttended}'], [data-suggestion='{VolunteerSheHas}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-no-suggestions]")).ToBeVisibleAsync();
        await page.VerifyPageAsync("sg-suggestions-none-new");

        // Lily has several suggested: each kind in its own list, best first, in words.
        await WaitForMatcherAsync(page, $"/link-worker/referrals/{LilyReferral}", suggestions: true);
        await Assertions.Expect(page.Locator("[data-suggestions] [data-suggestion]").Nth(1)).ToBeVisibleAsync();
        await AssertRanksUniqueAndNoRawScoresAsync(page);
        await page.VerifyPageAsync("sg-suggestions");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_known_person_is_found_by_NHS_number_referred_again_and_a_volunteer_suggested_for_them_can_be_asked_for()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);
        await page.GotoAsync("/link-worker/caseload");
        await page.GetByRole(AriaRole.Button, new() { Name = "New referral" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is the person already known to your team?");
        await page.VerifyPageAsync("sg-find-person");

        // Another team's person is not found, and the way on is to refer someone new.
        await LookUpAsync(page, "Kerry Wootton");
        await Assertions.Expect(page.Locator("[data-nobody-found]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Refer someone new" })).ToHaveAttributeAsync("href", "/link-worker/referrals/new");
        await page.VerifyPageAsync("sg-find-person-not-found");
        await LookUpAsync(page, "");
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter a name or NHS number");
        await page.VerifyPageAsync("sg-find-person-error");

        await LookUpAsync(page, "999 000 1073");
        await Assertions.Expect(page.Locator("[data-person]")).ToHaveCountAsync(1);
        await page.VerifyPageAsync("sg-find-person-found");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refer Doris Fellows again" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary li")).ToHaveCountAsync(5);
        await page.VerifyPageAsync("sg-refer-again-errors");
        await page.GetByLabel("The person agrees to be referred to social prescribing again").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.GetByLabel("GP practice").CheckAsync();
        await page.GetByLabel("Referrer's name").FillAsync("Dr Anita Patel");
        await page.GetByLabel("Reason for the referral").FillAsync("Low again since the winter; asked to be referred back.");
        await page.GetByLabel("Routine").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Doris Fellows");
        var referralPath = new Uri(page.Url).AbsolutePath;
        Assert.NotEqual($"/link-worker/referrals/{DorisReferral}", referralPath);

        // The new referral records no travel limit, and the suggestions say so; what she had on her first referral is left out.
        await WaitForMatcherAsync(page, referralPath, suggestions: true);
        var reasons = page.Locator("[data-suggestion] [data-reasons]");
        await Assertions.Expect(reasons.First).ToContainTextAsync("no travel limit recorded");
        Assert.DoesNotContain("travel limit.", string.Join("\n", await reasons.AllInnerTextsAsync()), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator($"[data-suggestion='{CafeSheAttended}'], [data-suggestion='{VolunteerSheHas}']")).ToHaveCountAsync(0);
        await AssertRanksUniqueAndNoRawScoresAsync(page);
        await page.VerifyPageAsync("sg-referred-again");

        // A volunteer suggestion is acted on: the volunteer's organisation is asked for an introduction.
        var volunteer = page.Locator("[data-suggestions='volunteer'] [data-suggestion]").First;
        var volunteerName = await volunteer.Locator("h4").InnerTextAsync();
        await volunteer.GetByRole(AriaRole.Link, new() { Name = $"Ask their organisation for an introduction to {volunteerName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ask for an introduction to a volunteer");
        if (await page.Locator("input[name='Input.ProviderId'][type='radio']").CountAsync() > 0)
        {
            await page.Locator("input[name='Input.ProviderId'][type='radio']").First.CheckAsync();
        }
        else
        {
            await Assertions.Expect(page.Locator("dd#Input_ProviderId")).Not.ToHaveTextAsync("Not known");
        }
        await page.GetByLabel("The person agrees we share").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.VerifyPageAsync("sg-volunteer-introduction");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToContainTextAsync("Introduction requested");
        await Assertions.Expect(page.Locator("[data-connections] tr[data-connection-status='requested']")).ToContainTextAsync(volunteerName);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_caseload_flags_a_plan_review_six_weeks_overdue_and_is_searched_filtered_and_sorted()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);

        await page.GotoAsync("/link-worker/caseload");
        var doris = page.Locator($"[data-caseload] tr[data-referral-id='{DorisReferral}']");
        await Assertions.Expect(doris.Locator("[data-flag]")).ToContainTextAsync("Plan review overdue: was due 27 Oct 2026");
        await Assertions.Expect(doris).ToHaveAttributeAsync("data-overdue", "true");
        await Assertions.Expect(doris.Locator("[data-last-contact]")).Not.ToBeEmptyAsync();
        await page.VerifyPageAsync("sg-caseload");

        // By name: only Doris's referrals; by NHS number the same.
        await page.GetByLabel("Name or NHS number").FillAsync("fellows");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show referrals" }).ClickAsync();
        Assert.Contains("q=fellows", page.Url, StringComparison.Ordinal);
        Assert.All(await page.Locator("[data-caseload] tbody tr td:first-child a").AllInnerTextsAsync(), name => Assert.Equal("Doris Fellows", name));
        await page.GetByLabel("Name or NHS number").FillAsync("9990001073");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show referrals" }).ClickAsync();
        await Assertions.Expect(doris).ToHaveCountAsync(1);

        // Another team's person is never shown.
        await page.GetByLabel("Name or NHS number").FillAsync("Wootton");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show referrals" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-caseload-empty]")).ToBeVisibleAsync();

        // Only the overdue, by family name.
        await page.GetByLabel("Name or NHS number").FillAsync("");
        await page.GetByLabel("Only overdue").CheckAsync();
        await page.GetByLabel("Sort by").SelectOptionAsync("name");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show referrals" }).ClickAsync();
        var rows = page.Locator("[data-caseload] tbody tr");
        Assert.All(await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.overdue)"), overdue => Assert.Equal("true", overdue));
        var families = (await page.Locator("[data-caseload] tbody tr td:first-child a").AllInnerTextsAsync()).Select(n => n.Split(' ')[^1]).ToList();
        Assert.Equal(families.Order(StringComparer.OrdinalIgnoreCase), families);
        await Assertions.Expect(doris).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByLabel("Only overdue")).ToBeCheckedAsync();
        await page.VerifyPageAsync("sg-caseload-overdue");
        await page.Context.CloseAsync();
    }

    private static async Task LookUpAsync(IPage page, string query)
    {
        await page.GetByLabel("Name or NHS number").FillAsync(query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
    }

    /// <summary>No two suggestions of one kind share a rank, and no score shows as a number.</summary>
    private static async Task AssertRanksUniqueAndNoRawScoresAsync(IPage page)
    {
        foreach (var list in await page.Locator("[data-suggestions]").AllAsync())
        {
            var ranks = await list.Locator("[data-suggestion]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.rank)");
            Assert.Equal(ranks.Length, ranks.Distinct().Count());
        }
        var shown = string.Join("\n", await page.Locator("[data-suggestion] [data-match]").AllInnerTextsAsync());
        Assert.DoesNotMatch(RawScore(), shown);
        Assert.DoesNotContain("ranked", await page.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.All(await page.Locator("[data-suggestion] [data-match]").AllInnerTextsAsync(), text => Assert.Matches("^(Very good|Good|Fair|Weak) match", text));
    }

    /// <summary>
    /// Reloads the referral until the matcher has answered for it (it learns of a new referral from an event): with
    /// suggestions, or (when <paramref name="suggestions"/> is false) with suggestions or none.
    /// </summary>
    private async Task WaitForMatcherAsync(IPage page, string referralPath, bool suggestions)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        var answered = suggestions ? "[data-suggestion]" : "[data-suggestion], [data-no-suggestions]";
        while (true)
        {
            await page.GotoAsync(referralPath);
            if (await page.Locator(answered).CountAsync() > 0)
            {
                return;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                Assert.Fail($"The matcher gave nothing for {referralPath}. The page said:\n{await page.Locator("main").InnerTextAsync()}\n{await system.RecentLogsAsync(30)}");
            }
            await Task.Delay(2000, TestContext.Current.CancellationToken);
        }
    }

    [GeneratedRegex(@"\b0\.\d\d\b")]
    private static partial Regex RawScore();
}
