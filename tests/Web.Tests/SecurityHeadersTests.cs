using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialPrescribing.Authorization;
using SocialPrescribing.TestKit;
using SocialPrescribing.Web.Tests.Hosting;

namespace SocialPrescribing.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SecurityHeadersTests(WebFixture fixture, VcseWeb vcse)
{
    private static readonly string? Anonymous = null;
    private static readonly string Volunteer = TestSignIn.VolunteerHeader(StandInServices.SignedInVolunteer);
    private static readonly string LinkWorker = $"{Roles.LinkWorker};{ClaimNames.TeamId}={Guid.NewGuid()}";
    private static readonly string VcseManager = $"{Roles.VcseManager};{ClaimNames.OrganisationId}={StandInServices.FriendshipLine}";
    private const string Commissioner = Roles.Commissioner;

    /// <summary>Runs before the page's own scripts and collects what the browser refused under the policy.</summary>
    private const string ViolationRecorder = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
        """;

    [Fact]
    public async Task Every_page_and_file_answers_with_the_content_security_policy_frame_nosniff_and_referrer_headers()
    {
        var addresses = PageAddresses().Append("/css/site.css").Append("/js/js-enabled.js").Append("/no-such-page").ToList();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Web.BaseAddress };
        var missing = new List<string>();

        foreach (var caller in new[] { Anonymous, Volunteer, LinkWorker, VcseManager, Commissioner })
        {
            foreach (var address in addresses)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                if (caller is not null) request.Headers.Add(TestSignIn.Header, caller);
                using var response = await browser.SendAsync(request, TestContext.Current.CancellationToken);
                missing.AddRange(Missing(response).Select(header => $"{caller ?? "anonymous"} GET {address} ({(int)response.StatusCode}): {header}"));
            }
        }

        Assert.True(addresses.Count > 20, $"Only {addresses.Count} addresses were found.");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Pages_break_no_content_security_rule_and_their_scripts_still_run_while_injected_inline_code_is_refused()
    {
        var pages = new (Func<Task<IPage>> Open, string Address)[]
        {
            (() => fixture.NewPageAsync(Screen.Phone), "/"),
            (() => fixture.NewPageAsync(Screen.Phone), "/account/volunteer-sign-in"),
            (() => fixture.NewPageAsync(Screen.Phone, Volunteer), "/volunteer/log-hours"),
            (() => fixture.NewPageAsync(Screen.Phone, Volunteer), "/volunteer/hours"),
            (() => fixture.NewPageAsync(Screen.Phone, LinkWorker), "/link-worker/caseload"),
            (() => fixture.NewPageAsync(Screen.Phone, LinkWorker), "/link-worker/search"),
            (async () => (await vcse.SignInAsync(fixture, Roles.VcseManager)).Page, "/vcse/activities"),
            (async () => (await vcse.SignInAsync(fixture, Roles.VcseManager)).Page, "/vcse/requests"),
            (() => fixture.NewPageAsync(Screen.Phone, Commissioner), "/reports/referrals"),
            (() => fixture.NewPageAsync(Screen.Phone, Commissioner), "/reports/sroi"),
        };
        var problems = new List<string>();

        foreach (var (open, address) in pages)
        {
            var page = await open();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add($"{address}: {message.Text}");
            };
            await page.AddInitScriptAsync(ViolationRecorder);
            var response = await page.GotoAsync(address);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            if (response?.Status != 200) problems.Add($"{address}: answered {response?.Status}");
            problems.AddRange((await page.EvaluateAsync<string[]>("() => window.cspViolations")).Select(v => $"{address}: {v}"));
            // NHS.UK frontend's marker script ran, and so did its components (initAll marks the skip link).
            var started = await page.EvaluateAsync<bool[]>("""
                () => [document.body.classList.contains('js-enabled'),
                       document.body.classList.contains('nhsuk-frontend-supported'),
                       document.querySelector('.nhsuk-skip-link')?.hasAttribute('data-nhsuk-skip-link-init') === true]
                """);
            if (started.Contains(false)) problems.Add($"{address}: js-enabled, frontend supported, components started = {string.Join(", ", started)}");
            if (address == "/volunteer/log-hours")
            {
                // The offline queue's script ran: it registers the service worker that keeps the form working offline.
                await Eventually.HoldsAsync(
                    () => page.EvaluateAsync<bool>("async () => !!(await navigator.serviceWorker.getRegistration('/volunteer/'))"),
                    "the offline service worker is registered");
            }
            await page.Context.CloseAsync();
        }
        Assert.Empty(problems);

        var injected = await fixture.NewPageAsync(Screen.Desktop);
        await injected.AddInitScriptAsync(ViolationRecorder);
        await injected.GotoAsync("/");
        await injected.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<img src=\"/none\" onerror=\"document.title = 1\">')");
        await Eventually.HoldsAsync(
            async () => (await injected.EvaluateAsync<string[]>("() => window.cspViolations")).Length > 0,
            "the injected inline handler is reported as refused");
        Assert.NotEqual("1", await injected.TitleAsync());
        await injected.Context.CloseAsync();
    }

    private static IEnumerable<string> Missing(HttpResponseMessage response)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
        var policy = Header("Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries);
        if (!policy.Contains("script-src 'self'")) yield return "script-src 'self'";
        if (!policy.Contains("style-src 'self'")) yield return "style-src 'self'";
        if (!policy.Contains("frame-ancestors 'none'")) yield return "frame-ancestors 'none'";
        if (policy.Any(d => d.Contains("unsafe", StringComparison.Ordinal))) yield return "no 'unsafe-…' source";
        if (Header("X-Frame-Options") != "DENY") yield return "X-Frame-Options: DENY";
        if (Header("X-Content-Type-Options") != "nosniff") yield return "X-Content-Type-Options: nosniff";
        if (Header("Referrer-Policy") != "no-referrer") yield return "Referrer-Policy: no-referrer";
    }

    /// <summary>Every Razor page the web serves, its route values filled with a new id.</summary>
    private IEnumerable<string> PageAddresses() =>
        fixture.Web.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + string.Join("/", e.RoutePattern.PathSegments.Select(Segment)))
            .Distinct();

    private static string Segment(RoutePatternPathSegment segment) =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { IsOptional: true } => "",
            RoutePatternParameterPart => Guid.NewGuid().ToString(),
            _ => "",
        }));
}
