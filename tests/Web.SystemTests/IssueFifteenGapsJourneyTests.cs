using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// What issue 15 still left on the whole system: a request that did not say which link worker sent it, a referrals
/// report whose total gave back a "&lt;5", ASP.NET's own words for a badly typed amount, the refer-again form's
/// summary order once its fields are shared with the new-referral form, and the friendly "page not found" in a browser.
/// </summary>
public sealed class IssueFifteenGapsJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string NotShown = "Not shown";

    private readonly WebSession _web = new(system, chromium);

    /// <summary>
    /// An address that leads nowhere, or to another team's referral, answers the NHS "page not found" page: never raw
    /// JSON, and never "the service is not answering".
    /// </summary>
    [Fact]
    public async Task An_unknown_address_or_another_teams_referral_shows_a_page_not_found_a_person_can_read()
    {
        var page = await _web.SignInAsStaffAsync("lw.ama.owusu");
        foreach (var (path, name) in new[] { ("/no-such-page", "gaps-page-not-found"), ($"/link-worker/referrals/{Guid.NewGuid()}", "gaps-referral-not-found") })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Status == 404, $"{path} answered {response.Status}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
            await page.VerifyPageAsync(name);
        }
    }

    [Fact]
    public async Task A_provider_sees_which_link_worker_sent_a_request_and_how_to_reach_them()
    {
        using var setup = new VcseSetup(system);
        var (_, connection) = await setup.RequestPlaceAsync("Iris", "Pemberton", VcseSetup.FriendshipCalls);
        var page = await _web.SignInAsStaffAsync("vcse.marcia.henry", Screen.Phone);
        await page.GotoAsync("/vcse/requests");

        var sentBy = page.Locator($"[data-connection-id='{connection}'] [data-sent-by]");
        await Assertions.Expect(sentBy).ToContainTextAsync("Ama Owusu");
        await Assertions.Expect(sentBy.GetByRole(AriaRole.Link, new() { Name = "lw.ama.owusu@example.org" }))
            .ToHaveAttributeAsync("href", "mailto:lw.ama.owusu@example.org");
        await page.VerifyPageAsync("gaps-vcse-request-sent-by");
    }

    [Fact]
    public async Task The_referrals_report_withholds_its_total_and_a_row_of_each_table_wherever_a_count_is_under_five()
    {
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);
        await page.GotoAsync("/reports/referrals");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();

        var total = (await page.Locator("[data-referrals-total]").InnerTextAsync()).Trim();
        var tables = new List<IReadOnlyList<string>>();
        foreach (var table in await page.Locator("[data-count-table], [data-equity]").AllAsync())
        {
            // The referrals column: the only cell of a count table, the first of an equity table.
            tables.Add([.. (await table.Locator("tbody tr td:nth-of-type(1)").AllInnerTextsAsync()).Select(c => c.Trim())]);
        }
        Assert.NotEmpty(tables);
        if (tables.Any(rows => rows.Contains("<5")))
        {
            Assert.Equal(NotShown, total);
            // Each table adds up to the total, so each keeps one row back: no subtraction gives the "<5" away.
            Assert.All(tables, rows => Assert.Contains(rows, c => c is "<5" or NotShown));
        }
        else
        {
            Assert.Matches(@"^\d+$", total);
        }
        await page.VerifyPageAsync("gaps-referrals-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download this report (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Contains($"referrals,all,referrals,{total}\r\n", csv);
    }

    [Fact]
    public async Task A_badly_typed_amount_is_kept_with_a_plain_English_message_and_an_amount_in_pounds_with_commas_is_taken()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner, Screen.Phone);
        await page.GotoAsync("/reports/programmes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a programme" }).ClickAsync();
        await page.GetByLabel("Organisation that runs it").SelectOptionAsync(new SelectOptionValue { Label = "Tipton Community Allotments" });
        await page.GetByLabel("Programme name").FillAsync($"Seed swaps {suffix}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add programme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add money invested" }).ClickAsync();
        await page.FillDateAsync("First day", new DateOnly(2026, 4, 1));
        await page.FillDateAsync("Last day", new DateOnly(2026, 6, 30));

        foreach (var typed in new[] { "12,5x", "£1,000.00.0" })
        {
            await page.GetByLabel("Amount invested").FillAsync(typed);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save money invested" }).ClickAsync();

            await Assertions.Expect(page.Locator(".nhsuk-error-summary a[href='#Input_Amount']"))
                .ToHaveTextAsync("Enter the amount invested as a number, like 1500 or £1,500.50");
            await Assertions.Expect(page.GetByLabel("Amount invested")).ToHaveValueAsync(typed);
            Assert.DoesNotContain("is not valid", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }
        await page.VerifyPageAsync("gaps-investment-amount-error");

        await page.GetByLabel("Amount invested").FillAsync("£1,000.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save money invested" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-investment-amount]")).ToHaveTextAsync("£1,000.50");

        // The SROI page's assumptions are numbers too.
        await page.GotoAsync("/reports/sroi");
        await page.GetByText("Assumptions and sensitivity ranges").ClickAsync();
        await page.Locator("#Input_VolunteerHours_Deadweight_Value").FillAsync("12,5x");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SROI" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary a[href='#Input_VolunteerHours_Deadweight_Value']"))
            .ToHaveTextAsync("Enter the best estimate as a number, like 25 or 12.5");
        await Assertions.Expect(page.Locator("#Input_VolunteerHours_Deadweight_Value")).ToHaveValueAsync("12,5x");
        await page.VerifyPageAsync("gaps-sroi-number-error");
    }

    [Fact]
    public async Task Referring_a_known_person_again_lists_every_problem_in_the_order_of_the_page()
    {
        var page = await _web.SignInAsStaffAsync("lw.ama.owusu");
        await page.GotoAsync("/link-worker/referrals/find-person");
        await page.GetByLabel("Name or NHS number").FillAsync("999 000 1073");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Refer Doris Fellows again" }).ClickAsync();

        await page.GetByLabel("There is a safeguarding concern").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();

        Assert.Equal(
            ["#Input_Consent", "#Input_ConsentMethod", "#Input_Source", "#Input_Reason", "#Input_Urgency", "#Input_SafeguardingNote"],
            await page.Locator(".nhsuk-error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await Assertions.Expect(page.GetByLabel("There is a safeguarding concern")).ToBeCheckedAsync();
        await page.VerifyPageAsync("gaps-refer-again-order");
    }
}
