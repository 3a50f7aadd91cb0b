using System.Text.RegularExpressions;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// One vocabulary of needs across the services, in people's words: the directory's taxonomy terms, recorded by the
/// referrals service and matched by the matcher, shown by name on every page. Arjun Bains (a seeded referral: carer,
/// diabetes, physical activity; walking and faith interests; first language Punjabi) is only read, never changed, so
/// the other journeys running beside these see the same demo data.
/// </summary>
public sealed partial class VocabularyJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string LinkWorker = "lw.imran.siddiqui";
    private static readonly Guid Arjun = SeedIds.ToGuid("ref-arjun-1");

    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task Searching_the_directory_for_a_person_starts_from_their_needs_and_finds_activities()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);
        await page.GotoAsync($"/link-worker/referrals/{Arjun}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Search the directory for this person" }).ClickAsync();

        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Carers' support")).ToBeCheckedAsync();
        Assert.True(await page.Locator("[data-activity]").CountAsync() > 0, "The search for Arjun's needs found no activities.");
        await page.VerifyPageAsync("vocab-search-for-person");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_needs_page_shows_the_directory_terms_by_name_with_the_person_s_own_ticked()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);

        await page.GotoAsync($"/link-worker/referrals/{Arjun}/needs");

        var ticked = await page.Locator("input[type=checkbox]:checked + label").AllInnerTextsAsync();
        Assert.Superset(new HashSet<string> { "Carers' support", "Diabetes", "Physical activity", "Walking" }, ticked.Select(t => t.Trim()).ToHashSet());
        var labels = await page.Locator(".nhsuk-checkboxes__label").AllInnerTextsAsync();
        Assert.DoesNotContain(labels, label => TermCode().IsMatch(label));
        await page.VerifyPageAsync("vocab-needs");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_referral_page_names_needs_languages_people_and_dates_and_its_suggestions_say_which_needs_they_meet()
    {
        // A colleague of Arjun's link worker: the team lead.
        var page = await _web.SignInAsStaffAsync("lead.yusuf.malik");

        await page.GotoAsync($"/link-worker/referrals/{Arjun}");

        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Carers' support");
        await Assertions.Expect(main).ToContainTextAsync("Referral received 6 October 2026");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("Imran Siddiqui");
        await Assertions.Expect(main).Not.ToContainTextAsync("Team member");
        await Assertions.Expect(page.Locator("[data-suggestion]").First).ToBeVisibleAsync(new() { Timeout = 90_000 });
        var reasons = await page.Locator("[data-suggestion] [data-reasons]").AllInnerTextsAsync();
        Assert.Contains(reasons, r => MeetsNamedNeeds().IsMatch(r));
        Assert.DoesNotContain(reasons, r => r.Contains("(pa)", StringComparison.Ordinal));
        Assert.DoesNotMatch(TermCode(), await main.InnerTextAsync());
        await page.VerifyPageAsync("vocab-referral");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Any_distance_finds_at_least_as_much_as_within_20_km()
    {
        var page = await _web.SignInAsStaffAsync(LinkWorker);
        await page.GotoAsync("/link-worker/search");
        // Wolverhampton: the Black Country's activities lie 5 to 20 km away, so a hidden 10 km limit shows.
        await page.GetByLabel("Near postcode").FillAsync("WV10 9QR");

        var within20 = await CountAsync(page, "Within 20 km");
        var anyDistance = await CountAsync(page, "Any distance");

        Assert.True(within20 > 0 && anyDistance >= within20, $"Any distance found {anyDistance} activities, within 20 km {within20}.");
        await page.VerifyPageAsync("vocab-search-any-distance");
        await page.Context.CloseAsync();
    }

    private static async Task<int> CountAsync(IPage page, string distance)
    {
        await page.GetByLabel("Distance").SelectOptionAsync(new SelectOptionValue { Label = distance });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        return int.Parse((await page.Locator("[data-result-count]").GetAttributeAsync("data-result-count"))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A seed slug ("need-low-mood", "type-swimming") or a bare id where a name belongs.</summary>
    [GeneratedRegex(@"\b(need|type)-[a-z-]+\b|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex TermCode();

    [GeneratedRegex(@"Meets \d+ of the person's \d+ needs and interests: [A-Z]")]
    private static partial Regex MeetsNamedNeeds();
}
