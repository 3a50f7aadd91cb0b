using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

/// <summary>The caseload's order and a referral's page (wellbeing chart, status form) against the stand-in referrals service.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkWorkerCaseTests(WebFixture fixture, LinkWorkerSite site) : IClassFixture<LinkWorkerSite>
{
    [Fact]
    public async Task The_caseload_flags_overdue_first_contacts_and_unanswered_requests()
    {
        var now = DateTimeOffset.UtcNow;
        var waitingOnProvider = site.Referrals.AddReferral("Arthur", "Waiting", "connecting", now.AddDays(-20));
        site.Referrals.AddRequest(waitingOnProvider, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2));
        var fresh = site.Referrals.AddReferral("Beryl", "Fresh", "received", now, "urgent");
        var overdue = site.Referrals.AddReferral("Cyril", "Overdue", "received", now.AddDays(-14));
        var page = await fixture.NewPageAsync(Screen.Desktop, LinkWorkerSite.LinkWorker, web: site.Web.BaseAddress);

        await page.GotoAsync("/link-worker/caseload");

        await Assertions.Expect(page.Locator($"[data-caseload] tr[data-referral-id='{overdue}'] [data-flag]")).ToHaveTextAsync("First contact overdue");
        await Assertions.Expect(page.Locator($"[data-caseload] tr[data-referral-id='{waitingOnProvider}'] [data-flag]")).ToContainTextAsync("Connection request not answered by");
        await Assertions.Expect(page.Locator($"[data-caseload] tr[data-referral-id='{fresh}']")).ToHaveAttributeAsync("data-overdue", "false");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_referrals_page_draws_each_ONS4_question_as_its_own_line_with_the_scores_in_a_table()
    {
        var referral = site.Referrals.AddReferral("Doris", "Fellows", "assessed", DateTimeOffset.UtcNow.AddDays(-40));
        site.Referrals.AddMeasurement(referral, "baseline", DateTimeOffset.UtcNow.AddDays(-30), [4, 5, 3, 8], [2, 2, 2, 3, 3, 2, 2]);
        site.Referrals.AddMeasurement(referral, "follow-up", DateTimeOffset.UtcNow.AddDays(-2), [7, 7, 6, 4], [3, 4, 3, 3, 4, 4, 3]);
        var page = await fixture.NewPageAsync(Screen.Desktop, LinkWorkerSite.LinkWorker, web: site.Web.BaseAddress);

        await page.GotoAsync($"/link-worker/referrals/{referral}");

        await Assertions.Expect(page.Locator("[data-chart='ons4'] polyline")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-chart='swemwbs'] polyline")).ToHaveCountAsync(1);
        var rows = await page.Locator("[data-chart-table='ons4'] tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [...r.cells].slice(1).map(c => c.textContent.trim()))");
        Assert.Equal([["Baseline", "4", "5", "3", "8"], ["Follow-up", "7", "7", "6", "4"]], rows);
        // Life satisfaction rises from 4 to 7: its line climbs (SVG y grows downwards).
        var points = (await page.Locator("[data-chart='ons4'] polyline").First.GetAttributeAsync("points"))!.Split(' ').Select(p => double.Parse(p.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(points[1] < points[0]);
        await Assertions.Expect(page.Locator("[data-chart-table='swemwbs'] tbody tr").Last).ToContainTextAsync("24");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Moving_a_referral_on_needs_a_status_and_a_reason_and_keeps_the_reason_while_the_service_is_down()
    {
        var referral = site.Referrals.AddReferral("Edna", "Moss", "received", DateTimeOffset.UtcNow.AddDays(-1));
        var page = await fixture.NewPageAsync(Screen.Desktop, LinkWorkerSite.LinkWorker, web: site.Web.BaseAddress);
        await page.GotoAsync($"/link-worker/referrals/{referral}/status");
        var change = page.GetByRole(AriaRole.Button, new() { Name = "Change status" });

        await change.ClickAsync();
        var links = await page.Locator(".nhsuk-error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["#Input_Status", "#Input_Reason"], links);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Contacted").CheckAsync();
        await page.GetByLabel("Why").FillAsync("Spoke on the phone; meeting on Tuesday.");
        site.Referrals.Down = true;
        try
        {
            await change.ClickAsync();
            await Assertions.Expect(page.Locator("[data-service-problem]").First).ToContainTextAsync("Nothing was saved");
            await Assertions.Expect(page.GetByLabel("Why")).ToHaveValueAsync("Spoke on the phone; meeting on Tuesday.");
            await Assertions.Expect(page.GetByLabel("Contacted")).ToBeCheckedAsync();
        }
        finally
        {
            site.Referrals.Down = false;
        }

        await change.ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveTextAsync("Contacted");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("Spoke on the phone; meeting on Tuesday.");
        Assert.Equal("contacted", (string?)site.Referrals.Referral(referral)["status"]);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_directory_search_for_a_referral_starts_from_the_persons_postcode_and_offers_to_request_a_connection()
    {
        var referral = site.Referrals.AddReferral("Flora", "Dean", "assessed", DateTimeOffset.UtcNow.AddDays(-5));
        var page = await fixture.NewPageAsync(Screen.Desktop, LinkWorkerSite.LinkWorker, web: site.Web.BaseAddress);

        await page.GotoAsync($"/link-worker/search?Input.Referral={referral}");

        Assert.Contains("postcode=WV10%209QR", site.Referrals.LastSearch);
        await Assertions.Expect(page.GetByLabel("Near postcode")).ToHaveValueAsync("WV10 9QR");
        var request = page.GetByRole(AriaRole.Link, new() { Name = "Request a connection for Flora to Wednesfield Friendship Cafe" });
        var href = await request.GetAttributeAsync("href");
        Assert.Contains($"target={StandInReferrals.FriendshipCafe}", href);
        Assert.Contains($"provider={StandInReferrals.FriendshipLine}", href);
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
