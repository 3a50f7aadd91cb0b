using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// Forms to the NHS service manual, on the whole system: every problem in one pass, listed in page
/// order with the back link above, dates typed day, month, year and refused in plain English with
/// UK dates, UK phone and NHS numbers checked, and wellbeing answers a person declined kept.
/// </summary>
public sealed class FormsJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string LinkWorker = "lw.ama.owusu";
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_new_referral_shows_every_problem_at_once_in_page_order_and_keeps_what_was_typed()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);
        var familyName = $"Forms{Random.Shared.Next(10_000, 99_999)}";
        await page.GotoAsync("/link-worker/referrals/new");
        await Assertions.Expect(page.Locator("#Input_NhsNumber-hint")).ToContainTextAsync("943 476 5919");
        await page.VerifyPageAsync("forms-new-referral");

        await page.GetByLabel("Given name").FillAsync("Ivy");
        await page.GetByLabel("Family name").FillAsync(familyName);
        await page.FillDateAsync("Date of birth", "17", "", "1946");
        await page.GetByLabel("NHS number (optional)").FillAsync("485 777 3456");
        await page.GetByLabel("Phone call").CheckAsync();
        await page.GetByLabel("Phone number (optional)").FillAsync("01902 000");
        await page.GetByLabel("Postcode").FillAsync("WV10 9QR");
        await page.GetByLabel("The person agrees to be referred").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.GetByLabel("GP practice").CheckAsync();
        await page.GetByLabel("Reason for the referral").FillAsync("Struggling to get out since a fall.");
        await page.GetByLabel("Routine").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();

        // One submit shows all four problems, in the order of the page, each linked to its field.
        Assert.Equal(
            [
                "Date of birth must include a month",
                "Enter a valid NHS number. Check it for typing mistakes",
                "Enter a UK phone number, like 01902 555 123 or 07700 900 982",
                "Enter the name of the person who made the referral",
            ],
            await page.Locator(".nhsuk-error-summary li").AllInnerTextsAsync());
        Assert.True(await SummaryFollowsPageOrderAsync(page));
        Assert.True(await BackLinkIsAboveSummaryAsync(page));
        await Assertions.Expect(page.DateInput("Date of birth").GetByLabel("Day")).ToHaveValueAsync("17");
        await Assertions.Expect(page.DateInput("Date of birth").GetByLabel("Year")).ToHaveValueAsync("1946");
        await Assertions.Expect(page.DateInput("Date of birth").GetByLabel("Month")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("nhsuk-input--error"));
        await Assertions.Expect(page.GetByLabel("Reason for the referral")).ToHaveValueAsync("Struggling to get out since a fall.");
        await page.VerifyPageAsync("forms-new-referral-errors");

        await page.DateInput("Date of birth").GetByLabel("Month").FillAsync("5");
        await page.GetByLabel("NHS number (optional)").FillAsync("943 476 5919");
        await page.GetByLabel("Phone number (optional)").FillAsync("01902 555 123");
        await page.GetByLabel("Referrer's name").FillAsync("Dr Anita Patel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ivy {familyName}");
    }

    [Fact]
    public async Task A_plan_with_wrong_dates_is_refused_in_plain_English_goal_first_with_the_back_link_above()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);
        await NewReferralAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Agree a plan" }).ClickAsync();
        await page.Locator("#Input_Goals_0__Description").FillAsync("Walk to the shops by herself");
        var firstGoal = page.GetByRole(AriaRole.Group, new() { Name = "Goal 1", Exact = true });
        await firstGoal.FillDateAsync("Review this goal on (optional)", "31", "2", "2027");
        await page.FillDateAsync("Review the plan on", "1", "1", "2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();

        Assert.Equal(
            ["Goal review date must be a real date", "Plan review date must be today or in the future"],
            await page.Locator(".nhsuk-error-summary li").AllInnerTextsAsync());
        Assert.True(await SummaryFollowsPageOrderAsync(page));
        Assert.True(await BackLinkIsAboveSummaryAsync(page));
        await Assertions.Expect(page.Locator("#Input_Goals_0__Description")).ToHaveValueAsync("Walk to the shops by herself");
        await Assertions.Expect(page.DateInput("Review the plan on").GetByLabel("Year")).ToHaveValueAsync("2020");
        await page.VerifyPageAsync("forms-plan-errors");

        await firstGoal.FillDateAsync("Review this goal on (optional)", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(28)));
        await page.FillDateAsync("Review the plan on", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(42)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-plan]")).ToContainTextAsync("Walk to the shops by herself");
    }

    [Fact]
    public async Task Wellbeing_answered_in_part_is_kept_and_SWEMWBS_is_scored_only_when_complete()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);
        await NewReferralAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record wellbeing scores" }).ClickAsync();
        await page.GetByLabel("Baseline", new() { Exact = true }).CheckAsync();
        var groups = await page.Locator("fieldset").AllAsync();
        // The point, then the four ONS4 questions (worthwhile declined), then SWEMWBS: the fourth statement skipped, the sixth declined.
        string[] answers = ["5", "declined", "6", "4", "3", "3", "2", "", "4", "declined", "3"];
        foreach (var (answer, group) in answers.Zip(groups.Skip(1)).Where(a => a.First.Length > 0))
        {
            await group.Locator($"input[value='{answer}']").CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Record scores" }).ClickAsync();

        // Only the skipped statement is asked about; everything chosen is still chosen.
        Assert.Equal(["Select how often this has been true, or prefer not to say"], await page.Locator(".nhsuk-error-summary li").AllInnerTextsAsync());
        Assert.Equal("#Input_Swemwbs_3_", await page.Locator(".nhsuk-error-summary a").GetAttributeAsync("href"));
        await Assertions.Expect(groups[2].Locator("input[value='declined']")).ToBeCheckedAsync();
        await Assertions.Expect(groups[10].Locator("input[value='declined']")).ToBeCheckedAsync();
        await Assertions.Expect(groups[11].Locator("input[value='3']")).ToBeCheckedAsync();
        await page.VerifyPageAsync("forms-wellbeing-part-answered");

        await groups[8].Locator("input[value='declined']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record scores" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-saved]")).ToContainTextAsync("Wellbeing scores recorded.");
        // ONS4 questions answered are drawn; SWEMWBS with statements declined has no score to draw.
        await Assertions.Expect(page.Locator("[data-chart='ons4']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-chart='swemwbs']")).ToHaveCountAsync(0);
        await page.VerifyPageAsync("forms-referral-part-wellbeing");
    }

    [Fact]
    public async Task A_report_period_ending_before_it_starts_is_refused_with_a_UK_date_along_with_every_other_problem()
    {
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);
        await page.GotoAsync("/reports/sroi");
        await page.FillDateAsync("First day", new DateOnly(2026, 4, 1));
        await page.FillDateAsync("Last day", "31", "3", "2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SROI" }).ClickAsync();

        // The period's own check no longer waits for the other answers to be put right.
        Assert.Equal(
            ["Last day must be the same as or after the first day, 1 April 2026", "Select the programme or organisation the report covers", "Select the valuation set to value outcomes with"],
            await page.Locator(".nhsuk-error-summary li").AllInnerTextsAsync());
        Assert.True(await SummaryFollowsPageOrderAsync(page));
        await Assertions.Expect(page.DateInput("Last day").GetByLabel("Day")).ToHaveValueAsync("31");
        await page.VerifyPageAsync("forms-sroi-period-errors");
    }

    [Fact]
    public async Task A_volunteer_logs_hours_with_the_day_month_year_date_input_filled_with_today()
    {
        var page = await _web.SignInAsVolunteerAsync("margaret.hughes@example.org", Screen.Phone);
        await page.GotoAsync("/volunteer/log-hours");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

        await Assertions.Expect(page.DateInput("Date you volunteered").GetByLabel("Day")).ToHaveValueAsync($"{today.Day}");
        await Assertions.Expect(page.DateInput("Date you volunteered").GetByLabel("Month")).ToHaveValueAsync($"{today.Month}");
        await Assertions.Expect(page.DateInput("Date you volunteered").GetByLabel("Year")).ToHaveValueAsync($"{today.Year}");
        await page.VerifyPageAsync("forms-log-hours");
    }

    /// <summary>A referral to work on, through the form.</summary>
    private static async Task NewReferralAsync(IPage page)
    {
        await page.GotoAsync("/link-worker/referrals/new");
        await page.GetByLabel("Given name").FillAsync("Olive");
        await page.GetByLabel("Family name").FillAsync($"Forms{Random.Shared.Next(10_000, 99_999)}");
        await page.FillDateAsync("Date of birth", new DateOnly(1950, 3, 9));
        await page.GetByLabel("Text message").CheckAsync();
        await page.GetByLabel("Mobile number (optional)").FillAsync("07700 900 982");
        await page.GetByLabel("Postcode").FillAsync("WV10 9QR");
        await page.GetByLabel("The person agrees to be referred").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.GetByLabel("Self-referral").CheckAsync();
        await page.GetByLabel("Reason for the referral").FillAsync("Would like to meet people nearby.");
        await page.GetByLabel("Routine").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save referral" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "received");
    }

    /// <summary>Each link of the error summary goes to a field further down the page than the one before.</summary>
    private static Task<bool> SummaryFollowsPageOrderAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const fields = [...document.querySelectorAll('.nhsuk-error-summary a')].map(a => document.getElementById(a.getAttribute('href').slice(1)));
          return fields.every(f => f !== null) && fields.every((f, i) => i === 0 || (fields[i - 1].compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING));
        }
        """);

    private static Task<bool> BackLinkIsAboveSummaryAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => !!(document.querySelector('.nhsuk-back-link').compareDocumentPosition(document.querySelector('.nhsuk-error-summary')) & Node.DOCUMENT_POSITION_FOLLOWING)
        """);
}
