using Microsoft.Playwright;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class VcseActivityTests(WebFixture browser, VcseWeb vcse)
{
    [Fact]
    public async Task Listing_an_activity_shows_the_web_and_directory_errors_in_the_error_summary_and_keeps_what_was_typed()
    {
        var (page, organisation) = await vcse.SignInAsync(browser);
        await page.GotoAsync("/vcse/activities/new");
        await page.GetByLabel("Description").FillAsync("Tea and a chat on Wednesdays.");
        await page.GetByLabel("Contact email address (optional)").FillAsync("marcia.example.org");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" });

        await save.ClickAsync();
        Assert.Equal(["#Input_Name"], await SummaryLinksAsync(page));
        Assert.Equal("Tea and a chat on Wednesdays.", await page.GetByLabel("Description").InputValueAsync());

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Wednesday cafe");
        await save.ClickAsync();
        // The directory's problem details name "contact.email": the summary links to the form's field.
        Assert.Equal(["#Input_ContactEmail"], await SummaryLinksAsync(page));
        Assert.Contains("correct format", await page.Locator("#Input_ContactEmail-error").InnerTextAsync());
        Assert.Equal("marcia.example.org", await page.GetByLabel("Contact email address (optional)").InputValueAsync());
        Assert.Empty(vcse.Services.ActivitiesOf(organisation));
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Contact email address (optional)").FillAsync("marcia@example.org");
        await page.GetByLabel("Number of places (optional)").FillAsync("12");
        await save.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wednesday cafe is saved as a draft.");
        var saved = Assert.Single(vcse.Services.ActivitiesOf(organisation));
        Assert.Equal((12, "marcia@example.org"), (saved.Json["totalPlaces"]!.GetValue<int>(), saved.Json["contact"]!["email"]!.GetValue<string>()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish Wednesday cafe" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wednesday cafe is published");
        Assert.Equal("published", saved.Json["status"]!.GetValue<string>());
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw Wednesday cafe" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wednesday cafe is withdrawn");
        Assert.Equal("withdrawn", saved.Json["status"]!.GetValue<string>());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_stale_edit_saves_nothing_shows_what_changed_and_keeps_the_typed_changes_for_a_second_save()
    {
        var (page, organisation) = await vcse.SignInAsync(browser);
        var activity = vcse.Services.AddActivity(organisation, "Friendship calls");
        await page.GotoAsync($"/vcse/activities/{activity.Id}/edit");
        await page.GetByLabel("Who it is for (optional)").FillAsync("Adults living alone");
        vcse.Services.ChangeElsewhere(activity.Id, "Weekly friendship calls");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        var stale = page.Locator("[data-stale-edit]");
        await Assertions.Expect(stale).ToContainTextAsync("Your changes have not been saved");
        Assert.Contains("Weekly friendship calls", await stale.InnerTextAsync());
        Assert.Equal("Adults living alone", await page.GetByLabel("Who it is for (optional)").InputValueAsync());
        Assert.Null(activity.Json["whoItIsFor"]);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Your changes to Friendship calls are saved.");
        Assert.Equal("Adults living alone", activity.Json["whoItIsFor"]!.GetValue<string>());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Places_below_those_held_are_refused_with_the_directorys_reason_on_the_field()
    {
        var (page, organisation) = await vcse.SignInAsync(browser);
        var activity = vcse.Services.AddActivity(organisation, "Home visits", totalPlaces: 10, held: 4);
        await page.GotoAsync($"/vcse/activities/{activity.Id}/places");
        var places = page.GetByLabel("How many places does Home visits have?");

        await places.FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save places" }).ClickAsync();
        Assert.Equal(["#Input_TotalPlaces"], await SummaryLinksAsync(page));
        Assert.Contains("4 places are held", await page.Locator("#Input_TotalPlaces-error").InnerTextAsync());
        Assert.Equal("3", await places.InputValueAsync());
        await page.AssertAccessibleAsync();

        // A colleague changes the places meanwhile: the stale change is refused, the typed number kept.
        vcse.Services.ChangeElsewhere(activity.Id, "Home visits");
        await places.FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save places" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-stale-edit]")).ToContainTextAsync("Your changes have not been saved");
        Assert.Equal("8", await places.InputValueAsync());
        Assert.Equal(10, activity.Json["totalPlaces"]!.GetValue<int>());

        await page.GetByRole(AriaRole.Button, new() { Name = "Save places" }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-activity-id='{activity.Id}'] [data-places]")).ToHaveTextAsync("4 of 8 free");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_the_directory_is_down_the_edit_is_kept_on_the_page()
    {
        var (page, organisation) = await vcse.SignInAsync(browser);
        var activity = vcse.Services.AddActivity(organisation, "Walk and talk");
        await page.GotoAsync($"/vcse/activities/{activity.Id}/edit");
        await page.GetByLabel("Area served (optional)").FillAsync("WV10, WV11");

        vcse.Services.Down = true;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-service-problem]")).ToContainTextAsync("the directory service is not answering");
            Assert.Equal("WV10, WV11", await page.GetByLabel("Area served (optional)").InputValueAsync());
            await page.AssertAccessibleAsync();
        }
        finally
        {
            vcse.Services.Down = false;
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("are saved");
        Assert.Equal("WV10, WV11", activity.Json["areaServed"]!.GetValue<string>());
        await page.Context.CloseAsync();
    }

    internal static Task<string[]> SummaryLinksAsync(IPage page) =>
        page.Locator(".nhsuk-error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
}
