using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// One continuous journey through the community side of the system, on the real system: a person refers themselves on
/// a phone; the link worker triages and connects them; they are reminded the day before and rate the activity after;
/// a volunteer answers the quarterly survey; the commissioner reads the figures with small numbers suppressed.
/// </summary>
public sealed class CommunityJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string Activity = "Weekly friendship call";
    private const string Volunteer = "shabana.begum@example.org";
    private readonly WebSession _web = new(system, chromium);

    // What a form sends goes through one or two services: on a busy machine the answer outlasts the usual 5 s wait.
    private const float AfterSending = 60_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_person_refers_themselves_is_connected_reminded_and_rates_the_activity_a_volunteer_answers_and_the_commissioner_sees_it_suppressed()
    {
        var familyName = $"Community{Random.Shared.Next(10_000, 99_999)}";

        // Pat finds support on a phone with no sign-in and refers themselves, giving an email address for reminders.
        var phone = await _web.OpenAsync(Screen.Phone);
        await phone.FindSupportAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Refer yourself" }).ClickAsync();
        await phone.VerifyPageAsync("public-refer-yourself");
        await phone.SendSelfReferralAsync("Pat", familyName, $"pat.{familyName.ToLowerInvariant()}@example.org");

        // The link worker of the team covering the postcode triages it, contacts Pat, asks for a place and agrees email reminders.
        var worker = await _web.SignInAsStaffAsync(VcseSetup.LinkWorker);
        await worker.GotoAsync($"/link-worker/caseload?q={familyName}");
        await worker.GetByRole(AriaRole.Link, new() { Name = $"Pat {familyName}" }).ClickAsync();
        await Assertions.Expect(worker.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "awaiting-triage");
        var referralId = Guid.Parse(new Uri(worker.Url).Segments[^1]);
        await worker.GetByRole(AriaRole.Link, new() { Name = "Triage this self-referral" }).ClickAsync();
        await worker.VerifyPageAsync("community-triage");
        await worker.TriageAsSafeToProceedAsync("Lonely since retiring; nothing of safeguarding concern.");
        await worker.ContactAndRequestActivityAsync("Pat", Activity, "friendship call");
        await worker.VerifyPageAsync("community-referral-requested");
        await worker.GetByRole(AriaRole.Link, new() { Name = "Reminders and notifications sent" }).ClickAsync();
        await worker.VerifyPageAsync("community-reminders");
        await worker.ChooseEmailRemindersAsync(referralId);

        // The organisation accepts; the day before the session Pat is reminded by email (recorded as the rule does at
        // 10:00 the day before, which the test cannot wait for), and the link worker sees it sent.
        var manager = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        await manager.GotoAsync("/vcse/requests");
        await manager.GetByRole(AriaRole.Button, new() { Name = $"Accept the request for Pat {familyName}" }).ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("The request is accepted", new() { Timeout = AfterSending });
        await system.RecordReminderAsync(referralId, "Pat", Activity);
        var reminder = await worker.WaitUntilSentAsync(referralId, "Reminder of tomorrow's session");
        await Assertions.Expect(reminder).ToContainTextAsync("Email");
        await worker.VerifyPageAsync("community-reminder-sent");

        // Pat came: the organisation records it, and the referrals service sends Pat the survey's single-use link.
        await manager.GetByRole(AriaRole.Link, new() { Name = $"Record attendance for Pat {familyName}" }).ClickAsync();
        await manager.GetByLabel("Attended", new() { Exact = true }).CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record attendance" }).ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Attendance recorded", new() { Timeout = AfterSending });
        await worker.WaitUntilSentAsync(referralId, "Survey link: rate the activity");
        await worker.VerifyPageAsync("community-survey-link-sent");

        // Pat rates it on the phone, one question a page, with no sign-in.
        await phone.GotoAsync($"/survey/{await TakeSurveyLinkAsync(referralId)}");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Tell us about {Activity}");
        await phone.VerifyPageAsync("community-survey-start");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await phone.GetByLabel("Very good", new() { Exact = true }).CheckAsync();
        await phone.VerifyPageAsync("community-survey-rating");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await phone.GetByLabel("What helped, in your own words?").FillAsync("Someone to talk to on a Tuesday.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(phone.Locator("[data-survey-answers]")).ToContainTextAsync("Very good");
        await phone.VerifyPageAsync("community-survey-check");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        await Assertions.Expect(phone.Locator("[data-survey-sent]")).ToContainTextAsync("Answers sent", new() { Timeout = AfterSending });
        await phone.VerifyPageAsync("community-survey-sent");

        // A volunteer with time approved this quarter tells us how volunteering is going, on their phone.
        await system.GiveApprovedHourTodayAsync(Volunteer, SeedIds.ToGuid("vol-shabana-begum"), SeedIds.ToGuid("org-handsworth-womens-collective"), "group-helper");
        var volunteer = await _web.SignInAsVolunteerAsync(Volunteer, Screen.Phone);
        await Assertions.Expect(volunteer.GetByText("Sign out")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await volunteer.GotoAsync("/volunteer/survey");
        await Assertions.Expect(volunteer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("I feel useful when I volunteer");
        await volunteer.GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await volunteer.GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await volunteer.GetByLabel("What helps, what could be better, in your own words").FillAsync("The collective always has time for a chat.");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        await Assertions.Expect(volunteer.Locator("[data-survey-done]")).ToContainTextAsync("Thank you", new() { Timeout = AfterSending });
        await volunteer.VerifyPageAsync("community-volunteer-survey-done");

        // Reports cover only quarters that have ended, so nothing answered today is counted until next quarter: the
        // answers are moved into the last quarter, as the commissioner will read this quarter's once it ends.
        var quarter = ReportPeriod.LastEnded(DateOnly.FromDateTime(DateTime.UtcNow));
        await MoveAnswersIntoAsync(quarter, referralId);

        // The commissioner sees them among the outcomes, each too few to show: the ratings and the volunteers answering
        // read "<5", the mean rating and the shares agreeing "Not shown".
        var commissioner = await _web.SignInAsStaffAsync(ServiceApis.Commissioner, Screen.Phone);
        await commissioner.GotoAsync("/reports/outcomes");
        await commissioner.GetByLabel("Quarter").SelectOptionAsync(quarter.Key);
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Show outcomes" }).ClickAsync();
        await Assertions.Expect(commissioner.GetByRole(AriaRole.Heading, new() { Name = quarter.Name })).ToBeVisibleAsync(new() { Timeout = AfterSending });
        foreach (var (measure, value) in new[]
        {
            ("Activity ratings received", "<5"),
            ("Mean rating of the activities", "Not shown"),
            ("Volunteers answering the quarterly survey", "<5"),
            ("Agree: \"I feel useful\"", "Not shown"),
            ("Agree: \"I feel supported\"", "Not shown"),
        })
        {
            var row = commissioner.Locator("[data-measure]").Filter(new() { Has = commissioner.Locator("dt", new() { HasText = measure }) });
            await Assertions.Expect(row.Locator("[data-value]")).ToHaveTextAsync(value);
        }
        await commissioner.VerifyPageAsync("community-commissioner-outcomes");
    }

    /// <summary>
    /// The link in Pat's survey email: the referrals service made it when attendance was recorded, and only the message
    /// holds it, so the test gives the survey a token it knows (the service keeps its hash).
    /// </summary>
    private async Task<string> TakeSurveyLinkAsync(Guid referralId)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var connection = await OpenAsync("referrals-db");
        await using var update = new NpgsqlCommand(
            """UPDATE experience_surveys SET "TokenHash" = @hash WHERE "ReferralId" = @referral AND "Kind" = 'AfterActivity' AND "AnsweredAt" IS NULL""", connection);
        update.Parameters.AddWithValue("hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))));
        update.Parameters.AddWithValue("referral", referralId);
        Assert.Equal(1, await update.ExecuteNonQueryAsync(Ct));
        return token;
    }

    /// <summary>Pat's rating answered on the 21st day of <paramref name="quarter"/>, the volunteer's survey answered for it.</summary>
    private async Task MoveAnswersIntoAsync(ReportPeriod quarter, Guid referralId)
    {
        await using (var referrals = await OpenAsync("referrals-db"))
        {
            await using var rating = new NpgsqlCommand(
                """UPDATE experience_surveys SET "AnsweredAt" = @answeredAt WHERE "ReferralId" = @referral AND "Kind" = 'AfterActivity'""", referrals);
            rating.Parameters.AddWithValue("answeredAt", new DateTimeOffset(quarter.From.AddDays(20).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
            rating.Parameters.AddWithValue("referral", referralId);
            Assert.Equal(1, await rating.ExecuteNonQueryAsync(Ct));
        }
        await using var volunteering = await OpenAsync("volunteering-db");
        await using var answer = new NpgsqlCommand(
            """UPDATE survey_answers SET "Quarter" = @quarter WHERE "VolunteerId" = @volunteer AND "Quarter" = @current""", volunteering);
        answer.Parameters.AddWithValue("quarter", quarter.Key);
        answer.Parameters.AddWithValue("volunteer", SeedIds.ToGuid("vol-shabana-begum"));
        answer.Parameters.AddWithValue("current", ReportPeriod.Containing(DateOnly.FromDateTime(DateTime.UtcNow)).Key);
        Assert.Equal(1, await answer.ExecuteNonQueryAsync(Ct));
    }

    private async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(database));
        await connection.OpenAsync(Ct);
        return connection;
    }
}
