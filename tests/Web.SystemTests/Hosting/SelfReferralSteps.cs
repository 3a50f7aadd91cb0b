namespace SocialPrescribing.Web.SystemTests.Hosting;

/// <summary>
/// The steps of a self-referral that several journeys take, as people take them in the browser: the person finds
/// support and refers themselves with no sign-in; the link worker triages it and connects them to an activity.
/// </summary>
public static class SelfReferralSteps
{
    public const string Postcode = "WV10 9QR";
    public const string Loneliness = "Loneliness and social isolation";

    /// <summary>Finds support near <see cref="Postcode"/> by need and day, and opens the first activity's page.</summary>
    public static async Task FindSupportAsync(this IPage phone)
    {
        await phone.GotoAsync("/find-support");
        await phone.VerifyPageAsync("public-find-support");
        await phone.GetByLabel("Your postcode").FillAsync(Postcode);
        await phone.GetByLabel("What would you like help with? (optional)").SelectOptionAsync(new SelectOptionValue { Label = Loneliness });
        await phone.GetByLabel("Which day suits you? (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Tuesday" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(phone.Locator("[data-public-results] [data-activity]").First).ToBeVisibleAsync();
        await phone.VerifyPageAsync("public-find-support-results");
        await phone.Locator("[data-public-results] [data-activity] a").First.ClickAsync();
        await phone.WaitForURLAsync("**/activities/*");
        await phone.VerifyPageAsync("public-activity");
    }

    /// <summary>Completes the "Refer yourself" form (phone call, and email when given) and sends it; the page says what happens next.</summary>
    public static async Task SendSelfReferralAsync(this IPage phone, string givenName, string familyName, string? email = null)
    {
        await phone.GetByLabel("First name").FillAsync(givenName);
        await phone.GetByLabel("Last name").FillAsync(familyName);
        await phone.FillDateAsync("Date of birth", new DateOnly(1957, 9, 21));
        await phone.GetByLabel("Phone call").CheckAsync();
        await phone.GetByLabel("Phone number").FillAsync("07700 900456");
        await phone.GetByLabel("Email address").FillAsync(email ?? "");
        await phone.GetByLabel("Postcode").FillAsync(Postcode);
        await phone.GetByLabel("What matters to you, and what would you like help with?").FillAsync("Since I retired I hardly talk to anyone during the week.");
        await phone.GetByLabel("What is it mostly about? (optional)").SelectOptionAsync(new SelectOptionValue { Label = Loneliness });
        await phone.GetByLabel("I agree to the social prescribing service using my information in this way").CheckAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        // Sending asks the referrals service and the directory: on a busy machine that outlasts the usual 5 s.
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Referral sent", new() { Timeout = 60_000 });
        await Assertions.Expect(phone.Locator("[data-reference]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^SR-[0-9A-F]{4}-[0-9A-F]{4}$"));
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("contact you within 5 working days");
        await phone.VerifyPageAsync("public-refer-yourself-sent");
    }

    /// <summary>On the triage page: safe to proceed, with a note; the referral is then received.</summary>
    public static async Task TriageAsSafeToProceedAsync(this IPage page, string note)
    {
        await page.GetByLabel("Safe to proceed").CheckAsync();
        await page.GetByLabel("Note").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save triage" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "received");
        await Assertions.Expect(page.Locator("[data-timeline]")).ToContainTextAsync("(triage: safe to proceed)");
    }

    /// <summary>From the referral: contacted, then a connection to <paramref name="activity"/> requested from the directory with consent to share.</summary>
    public static async Task ContactAndRequestActivityAsync(this IPage page, string givenName, string activity, string searchWords)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Change status" }).ClickAsync();
        await page.GetByLabel("Contacted", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Why").FillAsync($"Rang {givenName}; would like someone to talk to on weekdays.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "contacted");
        await page.GetByRole(AriaRole.Link, new() { Name = "Search the directory for this person" }).ClickAsync();
        await page.GetByLabel("Words to search for").FillAsync(searchWords);
        await page.GetByLabel("Near postcode").FillAsync("");
        await page.GetByLabel("Distance").SelectOptionAsync(new SelectOptionValue { Label = "Any distance" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var result = page.Locator("[data-activity]").Filter(new() { HasText = activity });
        await result.GetByRole(AriaRole.Link, new() { Name = $"Request a connection for {givenName} to {activity}" }).ClickAsync();
        await page.GetByLabel("The person agrees we share").CheckAsync();
        await page.GetByLabel("Verbally").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-connection]").First).ToHaveAttributeAsync("data-connection-status", "requested");
    }
}
