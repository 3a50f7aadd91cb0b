using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// Consent to share before a request goes out, and attendance recorded by the provider, on the web against
/// the whole system: the link worker, then the VCSE manager, then the link worker again.
/// </summary>
public sealed class ConsentAndAttendanceJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string Activity = "Weekly friendship call";
    private const string Organisation = "Wolverhampton Friendship Line";

    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_request_needs_consent_to_share_and_the_link_worker_sees_the_attendance_the_provider_records()
    {
        using var setup = new VcseSetup(system);
        var familyName = $"Consent{Guid.NewGuid():N}"[..16];
        var referralId = await setup.ReferAsync("Olive", familyName);
        var referralPath = $"/link-worker/referrals/{referralId}";

        // The person's page shows their consent to the service, given with the referral.
        var worker = await _web.SignInAsStaffAsync(VcseSetup.LinkWorker);
        await worker.GotoAsync(referralPath);
        await Assertions.Expect(worker.Locator("[data-consent='service']")).ToContainTextAsync("verbally");
        await worker.VerifyPageAsync("consent-person");

        // Without consent to share, the request is refused; the error summary leads to the box that records it.
        await worker.GotoAsync($"{referralPath}/connect?kind=activity&target={VcseSetup.FriendshipCalls}&name={Uri.EscapeDataString(Activity)}"
            + $"&provider={VcseSetup.FriendshipLine}&providerName={Uri.EscapeDataString(Organisation)}");
        var send = worker.GetByRole(AriaRole.Button, new() { Name = "Send the request" });
        await send.ClickAsync();
        var summary = worker.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("has not agreed to share their details");
        await worker.VerifyPageAsync("consent-connect-refused");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(worker.GetByLabel("The person agrees we share")).ToBeFocusedAsync();

        // Recorded with how it was given, then sent.
        await worker.GetByLabel("The person agrees we share").CheckAsync();
        await worker.GetByLabel("Verbally").CheckAsync();
        await send.ClickAsync();
        var connection = worker.Locator("[data-connection]").First;
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "requested");
        await Assertions.Expect(worker.Locator($"[data-consent='{VcseSetup.FriendshipLine}']")).ToContainTextAsync($"Share details with {Organisation}");

        // The manager accepts, then records that Olive came.
        var manager = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        await manager.GotoAsync("/vcse/requests");
        await manager.GetByRole(AriaRole.Button, new() { Name = $"Accept the request for Olive {familyName}" }).ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("The request is accepted");
        await manager.GetByRole(AriaRole.Link, new() { Name = $"Record attendance for Olive {familyName}" }).ClickAsync();
        var record = manager.GetByRole(AriaRole.Button, new() { Name = "Record attendance" });
        await manager.GetByLabel("Dropped out").CheckAsync();
        await record.ClickAsync();
        await Assertions.Expect(manager.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter why the person dropped out");
        await manager.VerifyPageAsync("consent-vcse-attendance-errors");
        await manager.GetByLabel("Attended", new() { Exact = true }).CheckAsync();
        await record.ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Attendance recorded");
        await manager.VerifyPageAsync("consent-vcse-attendance-recorded");

        // The link worker sees it on the referral, with who recorded it.
        await worker.GotoAsync(referralPath);
        await Assertions.Expect(connection).ToHaveAttributeAsync("data-connection-status", "attended");
        await Assertions.Expect(connection).ToContainTextAsync("Marcia Henry");
        await worker.VerifyPageAsync("consent-referral-attended");

        // Withdrawing consent to share is recorded beside the giving: the history stays.
        await worker.GetByRole(AriaRole.Link, new() { Name = $"Withdraw consent: Share details with {Organisation}" }).ClickAsync();
        await worker.GetByLabel("In writing").CheckAsync();
        await worker.VerifyPageAsync("consent-withdraw");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Withdraw consent" }).ClickAsync();
        await Assertions.Expect(worker.Locator($"[data-consent='{VcseSetup.FriendshipLine}']")).ToContainTextAsync("in writing");
        await worker.Context.CloseAsync();
        await manager.Context.CloseAsync();
    }
}
