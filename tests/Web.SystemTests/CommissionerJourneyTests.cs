using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Authorization;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>A commissioner sees SROI for a programme and a period, and takes it away as CSV.</summary>
public sealed class CommissionerJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_commissioner_views_SROI_with_its_inputs_adjustments_and_sensitivity_and_downloads_the_same_figures_as_CSV()
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        // Set up through the real API as the commissioner: a valuation set, a programme of a seeded
        // organisation and its investment, in a past year no seeded volunteer hours fall in.
        var organisationId = SeedIds.ToGuid("org-tipton-allotments");
        using var volunteering = await system.AsCommissionerAsync("volunteering", ApiScopes.Volunteering, ct);
        var setName = $"Journey valuation set {suffix}";
        await CreatedAsync(volunteering, "/api/valuation-sets", new
        {
            name = setName,
            effectiveFrom = "2021-01-01",
            priceYear = 2024,
            discountRate = 0.035m,
            discountRateSource = "HM Treasury Green Book",
            proxies = new object[]
            {
                new { code = "volunteer-hour", description = "One volunteer hour", unit = "hour", value = 10m, source = "Test", priceYear = 2024 },
                new { code = "peer-support", description = "A person supported by a peer for a year", unit = "person", value = 100m, low = 50m, high = 150m, source = "Test", priceYear = 2024 },
            },
        }, ct);
        var programmeName = $"Growing together {suffix}";
        var programmeId = (await CreatedAsync(volunteering, "/api/programmes", new { organisationId, name = programmeName, activityIds = Array.Empty<Guid>() }, ct))["id"]!.GetValue<Guid>();
        await CreatedAsync(volunteering, $"/api/programmes/{programmeId}/investments", new { from = "2021-04-01", to = "2022-03-31", amount = 1000m, note = "Journey grant" }, ct);

        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Reports");
        await page.VerifyPageAsync("commissioner-reports");

        await page.GetByRole(AriaRole.Link, new() { Name = "Social return on investment (SROI)" }).ClickAsync();
        await page.VerifyPageAsync("commissioner-sroi-form");
        await page.FillDateAsync("First day", new DateOnly(2021, 4, 1));
        await page.FillDateAsync("Last day", new DateOnly(2022, 3, 31));
        await page.GetByLabel("What the report covers").SelectOptionAsync(new SelectOptionValue { Label = $"Tipton Community Allotments: {programmeName}" });
        await page.GetByLabel("Valuation set").SelectOptionAsync(new SelectOptionValue { Label = $"{setName} (version 1)" });
        await page.GetByText("Assumptions and sensitivity ranges").ClickAsync();
        await page.GetByLabel("Outcome", new() { Exact = true }).FillAsync("Peer support");
        await page.GetByLabel("Financial proxy").SelectOptionAsync("peer-support");
        await page.Locator("#Input_Other_Quantity_Value").FillAsync("20");
        await page.Locator("#Input_Other_Assumptions_Deadweight_Value").FillAsync("25");
        await page.Locator("#Input_Other_Assumptions_Attribution_Value").FillAsync("20");
        await page.Locator("#Input_Other_Assumptions_DropOff_Value").FillAsync("50");
        await page.Locator("#Input_Other_Assumptions_DurationYears_Value").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show SROI" }).ClickAsync();

        // By hand, from what was created above (proxies in the set's own price year, so no uprating):
        // peer support 20 × £100 = £2,000.00; less 25 % deadweight = £1,500.00; no displacement;
        // less 20 % attribution = £1,200.00 in year 1. Year 1: £1,200 ÷ 1.035 = £1,159.42; year 2 keeps
        // 50 %: £600 ÷ 1.035² (1.071225) = £560.11. Present value £1,719.53; no volunteer hours in
        // 2021/22, so volunteer time adds £0. Ratio £1,719.53 ÷ £1,000 = 1.72.
        // Sensitivity (the proxy's range): at £50 the steps give £600.00 → £579.71 + £280.05 = £859.76,
        // ratio 0.86; at £150, £1,800.00 → £1,739.13 + £840.16 = £2,579.29, ratio 2.58.
        await Assertions.Expect(page.Locator("[data-ratio]")).ToHaveTextAsync("1.72");
        await Assertions.Expect(page.Locator("[data-input='investment']")).ToContainTextAsync("£1,000.00");
        await Assertions.Expect(page.Locator("[data-input='hours']")).ToContainTextAsync("0 hours in <5 logs");
        var peerSupport = page.Locator("[data-outcome='Peer support']");
        await Assertions.Expect(peerSupport).ToContainTextAsync("£2,000.00");
        await Assertions.Expect(peerSupport).ToContainTextAsync("25% → £1,500.00");
        await Assertions.Expect(peerSupport).ToContainTextAsync("£1,200.00");
        await Assertions.Expect(peerSupport.Locator("[data-present-value]")).ToHaveTextAsync("£1,719.53");
        await Assertions.Expect(page.Locator("[data-sroi-years]")).ToContainTextAsync("£560.11");
        await Assertions.Expect(page.Locator("[data-total='present-value']")).ToHaveTextAsync("£1,719.53");
        await Assertions.Expect(page.Locator("[data-sensitivity-range]")).ToContainTextAsync("from 0.86 to 2.58 (base 1.72)");
        await Assertions.Expect(page.Locator("[data-sensitivity-chart] rect")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-sensitivity-table]")).ToContainTextAsync("proxy peer-support: value");
        await page.VerifyPageAsync("commissioner-sroi-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download this report (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), ct);

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("input,,,investment,1000.00,GBP", csv);
        Assert.Contains("outcome,Peer support,,gross value,2000.00", csv);
        Assert.Contains("outcome,Peer support,,after deadweight,1500.00", csv);
        Assert.Contains("outcome,Peer support,,year-1 impact,1200.00", csv);
        Assert.Contains("year,Peer support,2,present value,560.11", csv);
        Assert.Contains("total,,,present value,1719.53", csv);
        Assert.Contains("total,,,SROI ratio,1.72", csv);
        Assert.Contains("sensitivity,,,lowest ratio,0.86", csv);
        Assert.Contains("sensitivity,,,highest ratio,2.58", csv);
    }

    private static async Task<JsonObject> CreatedAsync(HttpClient http, string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
