using System.Globalization;
using System.Text.RegularExpressions;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// A commissioner runs SROI from nothing in the web and reads reports that reveal no small number; the sign-in page is
/// the NHS's; the home page and the menu lead where people expect.
/// </summary>
public sealed partial class CommissionerAndSignInJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private readonly WebSession _web = new(system, chromium);

    /// <summary>The last whole quarter before today: what every report starts on.</summary>
    private static async Task ExpectDateAsync(IPage page, string legend, DateOnly date)
    {
        var input = page.DateInput(legend);
        await Assertions.Expect(input.GetByLabel("Day")).ToHaveValueAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(input.GetByLabel("Month")).ToHaveValueAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(input.GetByLabel("Year")).ToHaveValueAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static (DateOnly From, DateOnly To) LastQuarter()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var thisQuarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        return (thisQuarter.AddMonths(-3), thisQuarter.AddDays(-1));
    }

    [Fact]
    public async Task A_commissioner_adds_a_programme_and_its_investment_in_the_web_and_runs_SROI_for_it_on_the_last_whole_quarter()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (from, to) = LastQuarter();
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Programmes", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Programmes and investment");
        await page.VerifyPageAsync("commissioner-programmes");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a programme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add programme" }).ClickAsync();
        Assert.Equal(["Select the organisation that runs the programme", "Enter the programme's name"],
            [.. (await page.Locator(".nhsuk-error-summary a").AllInnerTextsAsync()).Select(t => t.Trim())]);
        await page.VerifyPageAsync("commissioner-programme-new-errors");
        await page.GetByLabel("Organisation that runs it").SelectOptionAsync(new SelectOptionValue { Label = "Tipton Community Allotments" });
        await page.GetByLabel("Programme name").FillAsync($"Growing on {suffix}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add programme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Growing on {suffix}");
        await Assertions.Expect(page.Locator("[data-no-investments]")).ToBeVisibleAsync();
        await page.VerifyPageAsync("commissioner-programme");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add money invested" }).ClickAsync();
        await page.FillDateAsync("First day", from);
        await page.FillDateAsync("Last day", to);
        await page.GetByLabel("Amount invested").FillAsync("1000");
        await page.GetByLabel("Note (optional)").FillAsync("Council grant");
        await page.VerifyPageAsync("commissioner-investment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save money invested" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-investment-amount]")).ToHaveTextAsync("£1,000.00");

        // Entered wrongly: corrected, not added twice.
        await page.Locator("[data-investments]").GetByRole(AriaRole.Link, new() { NameRegex = ChangeLink() }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Amount invested")).ToHaveValueAsync(WholeThousand());
        await page.GetByLabel("Amount invested").FillAsync("1200");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save money invested" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-investment-amount]")).ToHaveTextAsync("£1,200.00");
        await page.GetByLabel("Programme name").FillAsync($"Growing together {suffix}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Growing together {suffix}");
        await page.VerifyPageAsync("commissioner-programme-invested");

        // SROI starts on the last whole quarter, and the programme added above is a choice.
        await page.GotoAsync("/reports/sroi");
        await ExpectDateAsync(page, "First day", from);
        await ExpectDateAsync(page, "Last day", to);
        await page.GetByLabel("What the report covers").SelectOptionAsync(new SelectOptionValue { Label = $"Tipton Community Allotments: Growing together {suffix}" });
        await page.GetByLabel("Valuation set").SelectOptionAsync(SeedIds.ToGuid("valuation-set-starter").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SROI" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-input='investment']")).ToContainTextAsync("£1,200.00");
        await Assertions.Expect(page.Locator("[data-ratio]")).ToHaveTextAsync(RatioPattern());
        Assert.DoesNotContain("__Invariant", page.Url, StringComparison.Ordinal);
        Assert.DoesNotMatch(SmallCount(), await page.Locator("[data-input='hours']").InnerTextAsync());
        await page.VerifyPageAsync("commissioner-sroi-from-nothing");
    }

    [Fact]
    public async Task A_rename_made_in_another_tab_meanwhile_is_shown_not_overwritten_and_saving_again_replaces_it()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);
        await page.GotoAsync("/reports/programmes/new");
        await page.GetByLabel("Organisation that runs it").SelectOptionAsync(new SelectOptionValue { Label = "Tipton Community Allotments" });
        await page.GetByLabel("Programme name").FillAsync($"Seed library {suffix}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add programme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Seed library {suffix}");
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(page.Url);

        await other.GetByLabel("Programme name").FillAsync($"Seed swap {suffix}");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Seed swap {suffix}");
        await page.GetByLabel("Programme name").FillAsync($"Seed sharing {suffix}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Seed swap {suffix}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"someone else changed the programme since you opened this page: it is now called Seed swap {suffix}");
        await Assertions.Expect(page.GetByLabel("Programme name")).ToHaveValueAsync($"Seed sharing {suffix}");
        await page.VerifyPageAsync("commissioner-programme-renamed-meanwhile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save name" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Seed sharing {suffix}");
    }

    [Fact]
    public async Task The_hours_report_shows_no_count_under_five_and_is_sorted_and_totalled_on_the_page_and_in_CSV()
    {
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);
        await page.GotoAsync("/reports/hours");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show hours" }).ClickAsync();

        var names = (await page.Locator("[data-hours-row] th").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.NotEmpty(names);
        Assert.Equal(names.Order(StringComparer.CurrentCultureIgnoreCase), names);
        foreach (var count in await page.Locator("[data-hours-report] [data-volunteers], [data-hours-report] [data-logs]").AllInnerTextsAsync())
        {
            Assert.Matches(ShownCount(), count.Trim());
        }
        await Assertions.Expect(page.Locator("[data-hours-total] th")).ToHaveTextAsync("Total");
        await page.VerifyPageAsync("commissioner-hours-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download this report (CSV)" }).ClickAsync());
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).Skip(1).ToList();
        Assert.StartsWith("Total,", lines[^1], StringComparison.Ordinal);
        foreach (var cells in lines.Select(l => l.Split(',')))
        {
            Assert.Matches(ShownCount(), cells[^2]);
            Assert.Matches(ShownCount(), cells[^1]);
        }

        await page.GetByLabel("Order by").SelectOptionAsync("approved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show hours" }).ClickAsync();
        await page.WaitForURLAsync("**Order=approved**");
        var approved = (await page.Locator("[data-hours-row]").EvaluateAllAsync<long[]>("rows => rows.map(r => Number(r.dataset.approvedMinutes))")).ToList();
        Assert.Equal(approved.OrderDescending(), approved);
    }

    [Fact]
    public async Task The_sign_in_page_is_in_the_NHS_design_served_by_the_identity_service_and_names_every_empty_field()
    {
        var page = await _web.OpenAsync(Screen.Desktop);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("User name").WaitForAsync();
        var identity = new Uri(page.Url).GetLeftPart(UriPartial.Authority);

        Assert.StartsWith(identity, await page.Locator("link[rel=stylesheet]").EvaluateAsync<string>("l => l.href"), StringComparison.Ordinal);
        Assert.Equal("rgb(0, 94, 184)", await page.Locator(".nhsuk-header").EvaluateAsync<string>("h => getComputedStyle(h).backgroundColor"));
        await page.VerifyPageAsync("identity-sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.Locator(".nhsuk-error-summary");
        Assert.Equal(["Enter your user name", "Enter your password"], [.. (await summary.Locator("a").AllInnerTextsAsync()).Select(t => t.Trim())]);
        Assert.Equal(["#Input_UserName", "#Input_Password"], await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: Sign in"));
        await page.VerifyPageAsync("identity-sign-in-errors");
    }

    [Fact]
    public async Task Home_page_activities_open_their_pages_and_a_VCSE_manager_finds_requests_and_API_clients_in_the_menu()
    {
        var page = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Requests", Exact = true })).ToHaveAttributeAsync("href", "/vcse/requests");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "API clients", Exact = true })).ToHaveAttributeAsync("href", "/vcse/api-clients");

        var activity = page.Locator("[data-recent-activities] a").First;
        var name = (await activity.InnerTextAsync()).Trim();
        await activity.ClickAsync();

        await page.WaitForURLAsync("**/activities/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("[data-activity-organisation]")).ToContainTextAsync("Run by ");
        await page.VerifyPageAsync("activity-page");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Requests", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/vcse/requests");
    }

    [GeneratedRegex("^Change")]
    private static partial Regex ChangeLink();

    [GeneratedRegex(@"^1000(\.00?)?$")]
    private static partial Regex WholeThousand();

    [GeneratedRegex(@"^\d+\.\d\d$")]
    private static partial Regex RatioPattern();

    /// <summary>A count as a report may show it: "&lt;5", 5 and over, or a total withheld.</summary>
    [GeneratedRegex(@"^(<5|[5-9]|\d\d+|Not shown)$")]
    private static partial Regex ShownCount();

    [GeneratedRegex(@"\b[0-4] logs")]
    private static partial Regex SmallCount();
}
