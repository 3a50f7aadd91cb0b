using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>A VCSE manager answers the yearly partners' survey; a commissioner reads every outcome with its definition and takes it away as CSV.</summary>
public sealed class OutcomesJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_vcse_manager_answers_the_partners_survey_and_a_commissioner_sees_every_outcome_defined_and_downloads_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var quarter = ReportPeriod.LastEnded(DateOnly.FromDateTime(DateTime.UtcNow));

        var manager = await _web.SignInAsStaffAsync("vcse.harjit.sandhu");
        await manager.GotoAsync("/vcse");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Partners' survey" }).ClickAsync();
        await manager.GetByLabel("Is there anything else you want to tell commissioners? (optional)").FillAsync("More notice of funding rounds, please.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        Assert.Equal(
            [
                "Select how far you agree about your relationship with commissioners",
                "Select how far you agree that you are able to add value",
                "Select how far you agree that the referrals you receive are appropriate",
                "Select how far you agree that you have the funding and capacity you need",
            ],
            [.. (await manager.Locator(".nhsuk-error-summary a").AllInnerTextsAsync()).Select(t => t.Trim())]);
        await Assertions.Expect(manager.GetByLabel("Is there anything else you want to tell commissioners? (optional)")).ToHaveValueAsync("More notice of funding rounds, please.");
        await manager.VerifyPageAsync("vcse-partner-survey-errors");
        foreach (var (field, answer) in new[] { ("RelationshipWithCommissioners", 2), ("AbleToAddValue", 1), ("ReferralsAppropriate", 2), ("FundingAndCapacity", 4) })
        {
            // The scale runs strongly agree (1) to strongly disagree (5); the first radio carries the field's id.
            await manager.Locator(answer == 1 ? $"#Input_{field}" : $"#Input_{field}-{answer}").CheckAsync();
        }
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-answered]")).ToContainTextAsync("Your organisation answered this year's survey");
        await manager.VerifyPageAsync("vcse-partner-survey-answered");

        // An SROI programme of a seeded organisation with money invested in the quarter, set up through the API.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var volunteering = await system.AsCommissionerAsync("volunteering", ApiScopes.Volunteering, ct);
        await CreatedAsync(volunteering, "/api/valuation-sets", new
        {
            name = $"Outcomes valuation set {suffix}",
            effectiveFrom = "2021-01-01",
            priceYear = 2024,
            discountRate = 0.035m,
            discountRateSource = "HM Treasury Green Book",
            proxies = new object[] { new { code = "volunteer-hour", description = "One volunteer hour", unit = "hour", value = 10m, source = "Test", priceYear = 2024 } },
        }, ct);
        var programmeName = $"Outcomes programme {suffix}";
        var programmeId = (await CreatedAsync(volunteering, "/api/programmes",
            new { organisationId = SeedIds.ToGuid("org-tipton-allotments"), name = programmeName, activityIds = Array.Empty<Guid>() }, ct))["id"]!.GetValue<Guid>();
        await CreatedAsync(volunteering, $"/api/programmes/{programmeId}/investments",
            new { from = quarter.From.ToString("yyyy-MM-dd"), to = quarter.To.ToString("yyyy-MM-dd"), amount = 1000m, note = "Outcomes journey" }, ct);

        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);
        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "Outcomes", Exact = true }).ClickAsync();
        await page.VerifyPageAsync("commissioner-outcomes-form");
        await page.GetByLabel("SROI programme (optional)").SelectOptionAsync(new SelectOptionValue { Label = $"Tipton Community Allotments: {programmeName}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show outcomes" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = quarter.Name })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-missing]")).ToHaveCountAsync(0);
        foreach (var section in new[] { "Referrals", "Connected", "People's experience", "Carers", "Volunteering", "Volunteers' experience", "Diversity of volunteering", "SROI", "Notifications", "VCSE partners" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Exact = true })).ToBeVisibleAsync();
        }
        var measures = page.Locator("[data-measure]");
        var count = await measures.CountAsync();
        Assert.True(count >= 10, $"{count} measures");
        for (var i = 0; i < count; i++)
        {
            var definition = (await measures.Nth(i).Locator("[data-definition]").TextContentAsync())!.Trim();
            Assert.Contains("Source: ", definition);
            Assert.True(definition.Length > 40, definition);
        }
        var respondents = page.Locator("[data-measure]", new() { HasText = "VCSE organisations answering the partners' survey" });
        await Assertions.Expect(respondents.Locator("[data-value]")).ToHaveTextAsync("<5");
        await Assertions.Expect(page.Locator("[data-measure]", new() { HasText = $"SROI ratio, {programmeName}" }).Locator("[data-value]")).ToContainTextAsync(": £1");
        await page.GetByText("What this measures").First.ClickAsync();
        await page.VerifyPageAsync("commissioner-outcomes");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download this report (CSV)" }).ClickAsync());
        var rows = (await File.ReadAllTextAsync(await download.PathAsync(), ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"outcomes-{quarter.Key}.csv", download.SuggestedFilename);
        Assert.Equal("measure,value,definition,period", rows[0]);
        Assert.Equal(count + 1, rows.Length);
        Assert.StartsWith("Referrals received,", rows[1]);
        Assert.EndsWith($",{quarter.Name}", rows[1]);
        Assert.Contains(rows, r => r.StartsWith("VCSE organisations answering the partners' survey,<5,", StringComparison.Ordinal) && r.EndsWith($",{quarter.To.Year}", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Volunteer hours approved,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Notifications sent,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Activity ratings received,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Carers identified,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Volunteers answering the quarterly survey,", StringComparison.Ordinal));

        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "VCSE partners' survey" }).ClickAsync();
        await page.GetByLabel("Survey year").SelectOptionAsync(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-respondents]")).ToHaveTextAsync("<5");
        await Assertions.Expect(page.Locator("[data-partner-survey]")).ToContainTextAsync("Not shown agree or strongly agree");
        await Assertions.Expect(page.Locator("[data-comments]")).ToHaveCountAsync(0);
        await page.VerifyPageAsync("commissioner-partner-survey");
    }

    [Fact]
    public async Task A_link_worker_gets_the_daily_email_until_they_turn_it_off()
    {
        var page = await _web.SignInAsStaffAsync("lw.ruth.giles");
        await page.GotoAsync("/link-worker/digest");
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Yes, email me each working day" })).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "No, I will check my caseload myself" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Your choice is saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "No, I will check my caseload myself" })).ToBeCheckedAsync();
        await page.VerifyPageAsync("link-worker-digest");
    }

    private static async Task<JsonObject> CreatedAsync(HttpClient http, string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
