using Microsoft.Playwright;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReportsTests(WebFixture fixture) : IAsyncLifetime
{
    // The shared web knows no referrals service; the reports need one, so they get their own web.
    private WebServer _web = null!;

    public ValueTask InitializeAsync()
    {
        _web = WebServer.Start(fixture.Services, new Dictionary<string, string> { ["services:referrals:http:0"] = fixture.Services.BaseAddress.ToString() });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _web.DisposeAsync();

    private Task<IPage> OpenAsync(Screen screen, bool javaScript = true) =>
        fixture.NewPageAsync(screen, Roles.Commissioner, javaScript, _web.BaseAddress);

    [Fact]
    public async Task The_hours_report_offers_only_quarters_that_have_ended_starting_on_the_last_and_asks_for_that_whole_quarter()
    {
        var page = await OpenAsync(Screen.Desktop);
        await page.GotoAsync("/reports/hours");
        var ended = ReportPeriod.Ended(DateOnly.FromDateTime(DateTime.UtcNow), 8);

        Assert.Equal(ended.Select(q => q.Name), (await page.Locator("#Input_Quarter option").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal(ended[0].Key, await page.Locator("#Input_Quarter").InputValueAsync());

        await page.GetByLabel("Quarter").SelectOptionAsync(ended[1].Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show hours" }).ClickAsync();
        await page.WaitForURLAsync("**/reports/hours?*");

        await Assertions.Expect(page.Locator("[data-hours-report] caption")).ToHaveTextAsync($"Hours in {ended[1].Name}");
        Assert.Equal((ended[1].From, ended[1].To), fixture.Services.LastHoursPeriod);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_quarter_that_is_not_one_is_refused_next_to_the_field_without_asking_the_service()
    {
        var page = await OpenAsync(Screen.Desktop);

        await page.GotoAsync("/reports/referrals?Input.Quarter=2026-Q9");

        Assert.Equal("#Input_Quarter", await page.Locator(".nhsuk-error-summary a").GetAttributeAsync("href"));
        Assert.Equal(0, await page.Locator("[data-referrals-total]").CountAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("reports-errors", Screen.Desktop);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Referrals_waiting_times_wellbeing_and_equity_show_small_numbers_as_given_and_download_as_CSV()
    {
        var page = await OpenAsync(Screen.Phone);
        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Referrals, waiting times, wellbeing and equity of access" }).ClickAsync();
        await page.GetByLabel("Quarter").SelectOptionAsync(ReportPeriod.LastEnded(DateOnly.FromDateTime(DateTime.UtcNow)).Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-referrals-total]")).ToHaveTextAsync("23");
        var bySource = page.Locator("[data-count-table='Referrals by source']");
        await Assertions.Expect(bySource.GetByRole(AriaRole.Row, new() { Name = "Self-referral" })).ToContainTextAsync("<5");
        await Assertions.Expect(page.Locator("[data-referrals-summary]")).ToContainTextAsync("1 day (over 21 referrals)");
        await Assertions.Expect(page.Locator("[data-referrals-summary]")).ToContainTextAsync("Not shown: fewer than 5 referrals");
        // Each ONS4 item on its own, then SWEMWBS; a fall in anxiety is shown with a minus sign.
        Assert.Equal(["GP practice", "6", "+1.50", "+0.83", "+1.17", "−2.00", "+2.41"],
            await page.Locator("[data-wellbeing] tbody tr").First.Locator("th, td").AllInnerTextsAsync());
        await Assertions.Expect(page.Locator("[data-no-deprivation]")).ToContainTextAsync("No deprivation table is loaded");
        await Assertions.Expect(page.Locator("[data-equity='ethnicity']")).ToContainTextAsync("White British");
        Assert.Equal(["Punjabi", "<5", "<5", "<5"],
            await page.Locator("[data-equity='first language'] tbody tr").Nth(1).Locator("th, td").AllInnerTextsAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("reports-referrals", Screen.Phone);

        var csv = await DownloadCsvAsync(page);

        Assert.Contains("referrals by source,Self-referral,referrals,<5\r\n", csv);
        Assert.Contains("wellbeing change,GP practice,ONS4 worthwhile,0.83\r\n", csv);
        // The note holds a comma, so it is quoted.
        Assert.Contains("equity: deprivation decile,,note,\"No deprivation table is loaded", csv);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SROI_shows_its_inputs_adjustments_and_sensitivity_chart_and_downloads_the_services_CSV()
    {
        var page = await OpenAsync(Screen.Desktop);
        await page.GotoAsync("/reports/sroi");
        await FillSroiFormAsync(page, "Wolverhampton Friendship Line: Telephone befriending", deadweight: ("25", "10", "40"));
        await page.Locator("#Input_VolunteerHours_Attribution_Value").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SROI" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-ratio]")).ToHaveTextAsync("0.48");
        // Percentages typed on the form reach the service as fractions, for the chosen programme.
        var (body, _) = fixture.Services.LastSroiRequest!.Value;
        Assert.Equal(StandInServices.BefriendingProgramme, body.GetProperty("programmeId").GetGuid());
        var deadweight = body.GetProperty("volunteerHours").GetProperty("deadweight");
        Assert.Equal((0.25m, 0.1m, 0.4m), (deadweight.GetProperty("value").GetDecimal(), deadweight.GetProperty("low").GetDecimal(), deadweight.GetProperty("high").GetDecimal()));
        Assert.Equal(0.2m, body.GetProperty("volunteerHours").GetProperty("attribution").GetProperty("value").GetDecimal());

        await Assertions.Expect(page.Locator("[data-input='investment']")).ToContainTextAsync("£1,000.00");
        await Assertions.Expect(page.Locator("[data-input='hours']")).ToContainTextAsync("100 hours in 40 logs");
        var outcome = page.Locator("[data-outcome='Volunteer time']");
        await Assertions.Expect(outcome).ToContainTextAsync("25% → £615.75");
        await Assertions.Expect(outcome.Locator("[data-present-value]")).ToHaveTextAsync("£475.94");
        await Assertions.Expect(page.Locator("[data-sensitivity-range]")).ToContainTextAsync("from 0.38 to 0.57 (base 0.48)");
        await Assertions.Expect(page.Locator("[data-sensitivity-chart] rect")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-sensitivity-table] tbody tr")).ToContainTextAsync("0.1: 0.57");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("reports-sroi", Screen.Desktop);

        var csv = await DownloadCsvAsync(page);

        Assert.Equal(StandInServices.SroiCsv, csv);
        Assert.Contains("format=csv", fixture.Services.LastSroiRequest!.Value.Query);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SROI_refused_by_the_service_shows_each_error_next_to_its_field_and_keeps_what_was_typed()
    {
        var page = await OpenAsync(Screen.Phone);
        await page.GotoAsync("/reports/sroi");
        await FillSroiFormAsync(page, "Sandwell Money Matters: all programmes", deadweight: ("25", "", "10"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SROI" }).ClickAsync();

        var summary = page.Locator(".nhsuk-error-summary");
        // The service's message names its API; the page says what a commissioner can change instead.
        await Assertions.Expect(summary.Locator("a[href='#Input_Scope']")).ToHaveTextAsync(Pages.Reports.SroiModel.NoInvestment);
        await Assertions.Expect(summary.Locator("a[href='#Input_VolunteerHours_Deadweight_High']")).ToHaveTextAsync("The high value must not be below the value.");
        await Assertions.Expect(page.Locator("#Input_VolunteerHours_Deadweight_High-error")).ToBeVisibleAsync();
        Assert.Equal(("25", "10"), (await page.Locator("#Input_VolunteerHours_Deadweight_Value").InputValueAsync(),
            await page.Locator("#Input_VolunteerHours_Deadweight_High").InputValueAsync()));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("reports-sroi-errors", Screen.Phone);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_percentage_over_100_is_refused_on_the_page_without_asking_the_service()
    {
        fixture.Services.LastSroiRequestClear();
        var page = await OpenAsync(Screen.Desktop);
        await page.GotoAsync("/reports/sroi");
        await FillSroiFormAsync(page, "Wolverhampton Friendship Line: Telephone befriending", deadweight: ("150", "", ""));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SROI" }).ClickAsync();

        await Assertions.Expect(page.Locator(".nhsuk-error-summary a[href='#Input_VolunteerHours_Deadweight_Value']"))
            .ToHaveTextAsync("Volunteer time: deadweight must be a percentage from 0 to 100");
        Assert.Null(fixture.Services.LastSroiRequest);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_a_service_that_is_down_is_named_and_the_choices_are_kept()
    {
        var page = await OpenAsync(Screen.Phone, javaScript: false);
        fixture.Services.Down = true;
        try
        {
            await page.GotoAsync($"/reports/sroi?Input.From=2026-04-01&Input.To=2026-09-30&Input.Scope=programme:{StandInServices.BefriendingProgramme}" +
                                 $"&Input.ValuationSetId={StandInServices.StarterSet}&Input.VolunteerHours.Deadweight.Value=25");

            await Assertions.Expect(page.Locator("[data-service-problem]")).ToContainTextAsync("volunteering service is not answering");
            Assert.Equal(["1", "4", "2026"], [await page.Locator("#Input_From").InputValueAsync(), await page.Locator("#Input_From-month").InputValueAsync(), await page.Locator("#Input_From-year").InputValueAsync()]);
            Assert.Equal($"programme:{StandInServices.BefriendingProgramme}", await page.Locator("#Input_Scope").InputValueAsync());
            Assert.Equal(StandInServices.StarterSet.ToString(), await page.Locator("#Input_ValuationSetId").InputValueAsync());
            Assert.Equal("25", await page.Locator("#Input_VolunteerHours_Deadweight_Value").InputValueAsync());
        }
        finally
        {
            fixture.Services.Down = false;
        }
        await page.Context.CloseAsync();
    }

    private static async Task FillSroiFormAsync(IPage page, string scope, (string Value, string Low, string High) deadweight)
    {
        await page.FillDateAsync("First day", new DateOnly(2026, 4, 1));
        await page.FillDateAsync("Last day", new DateOnly(2026, 9, 30));
        await page.GetByLabel("What the report covers").SelectOptionAsync(new SelectOptionValue { Label = scope });
        await page.GetByLabel("Valuation set").SelectOptionAsync(new SelectOptionValue { Label = "Starter valuation set (2019 prices) (version 1)" });
        await page.GetByText("Assumptions and sensitivity ranges").ClickAsync();
        await page.Locator("#Input_VolunteerHours_Deadweight_Value").FillAsync(deadweight.Value);
        await page.Locator("#Input_VolunteerHours_Deadweight_Low").FillAsync(deadweight.Low);
        await page.Locator("#Input_VolunteerHours_Deadweight_High").FillAsync(deadweight.High);
    }

    /// <summary>
    /// Follows the page's CSV link. Chromium sends a download without the stand-in sign-in header,
    /// so the file is fetched through the browser context's own requests (which carry it).
    /// </summary>
    private static async Task<string> DownloadCsvAsync(IPage page)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Download this report (CSV)" }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("attachment", response.Headers["content-disposition"], StringComparison.Ordinal);
        return await response.TextAsync();
    }
}
