using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Web.SystemTests.Hosting;

namespace SocialPrescribing.Web.SystemTests;

/// <summary>
/// A person answers the survey sent after an activity on a phone, with no sign-in; the organisation that runs the
/// activity reads the feedback without names; the commissioner reads the experience report with small numbers suppressed.
/// The links are made as the referrals service makes them when attendance is recorded (its API tests show the sending),
/// here with a token the test knows, as only the person's message holds it.
/// </summary>
public sealed class ExperienceSurveyJourneyTests(SystemFixture system, ChromiumFixture chromium)
{
    private const string Cafe = "Wednesfield Friendship Cafe";
    private readonly WebSession _web = new(system, chromium);

    [Fact]
    public async Task A_person_rates_an_activity_on_a_phone_and_the_organisation_that_runs_it_reads_the_feedback_without_a_name()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var comment = $"Chatting over a cup of tea ({token[..6]}).";
        await AddSurveyAsync(token, answeredAt: null);
        var page = await _web.OpenAsync(Screen.Phone);

        await page.GotoAsync($"/survey/{token}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Tell us about {Cafe}");
        await page.VerifyPageAsync("survey-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Group)).ToContainTextAsync($"How would you rate {Cafe}?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Select how you would rate the activity");
        await page.VerifyPageAsync("survey-rating-error");
        await page.GetByLabel("Good", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("What helped, in your own words?").FillAsync(comment);
        await page.VerifyPageAsync("survey-what-helped");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        var answers = page.Locator("[data-survey-answers]");
        await Assertions.Expect(answers).ToContainTextAsync("Good");
        await Assertions.Expect(answers).ToContainTextAsync(comment);
        await page.VerifyPageAsync("survey-check-answers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-survey-sent]")).ToContainTextAsync("Answers sent");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Nobody will contact you about them");
        await page.VerifyPageAsync("survey-sent");

        // The link answers once.
        await page.GotoAsync($"/survey/{token}");
        await Assertions.Expect(page.Locator("[data-survey-answered]")).ToHaveTextAsync("You have already answered, thank you");

        var vcse = await _web.SignInAsStaffAsync("vcse.marcia.henry");
        await vcse.GotoAsync("/vcse");
        await vcse.GetByRole(AriaRole.Link, new() { Name = "Feedback on your activities" }).ClickAsync();
        var cafe = vcse.Locator("[data-feedback-activity]", new() { HasText = Cafe });
        await Assertions.Expect(cafe.Locator("[data-feedback-comments]")).ToContainTextAsync(comment);
        await Assertions.Expect(cafe).Not.ToContainTextAsync("Gary");
        await vcse.VerifyPageAsync("vcse-feedback");
    }

    [Fact]
    public async Task The_commissioner_reads_the_experience_report_with_counts_under_five_suppressed()
    {
        var lastQuarter = ReportPeriod.LastEnded(DateOnly.FromDateTime(DateTime.UtcNow));
        var answeredAt = new DateTimeOffset(lastQuarter.From.AddDays(20).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        await AddSurveyAsync(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), answeredAt);
        var page = await _web.SignInAsStaffAsync(ServiceApis.Commissioner);

        await page.GotoAsync("/reports");
        await page.GetByRole(AriaRole.Link, new() { Name = "People's experience: activities, support and carers" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-ratings-answered]")).ToHaveTextAsync("<5");
        await Assertions.Expect(page.Locator("[data-mean-rating]")).ToHaveTextAsync("Not shown: fewer than 5 answers");
        await Assertions.Expect(page.Locator("[data-count-table='Answers by rating']")).ToContainTextAsync("<5");
        await Assertions.Expect(page.Locator("[data-carers]")).ToContainTextAsync("Carers identified");
        await page.VerifyPageAsync("commissioner-experience-report");
    }

    /// <summary>A link for Gary's seeded referral after the café, as the referrals service records it; answered (a rating of 4) when <paramref name="answeredAt"/> is given.</summary>
    private async Task AddSurveyAsync(string token, DateTimeOffset? answeredAt)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("referrals-db"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO experience_surveys ("Id", "TokenHash", "Kind", "ReferralId", "TeamId", "ConnectionId", "ActivityId", "ProviderId", "ActivityName",
                                            "CreatedAt", "ExpiresAt", "AnsweredAt", "Choices")
            SELECT gen_random_uuid(), @hash, 'AfterActivity', r."Id", r."TeamId", gen_random_uuid(), @activity, @provider, @name,
                   now(), now() + interval '30 days', @answeredAt, CASE WHEN @answeredAt IS NULL THEN NULL ELSE '{"rating":4}'::jsonb END
            FROM referrals r WHERE r."Id" = @referral
            """, connection);
        insert.Parameters.AddWithValue("hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))));
        insert.Parameters.AddWithValue("activity", SeedIds.ToGuid("act-friendship-line-wednesfield-cafe"));
        insert.Parameters.AddWithValue("provider", SeedIds.ToGuid("org-wolverhampton-friendship-line"));
        insert.Parameters.AddWithValue("name", Cafe);
        insert.Parameters.Add("answeredAt", NpgsqlTypes.NpgsqlDbType.TimestampTz).Value = (object?)answeredAt ?? DBNull.Value;
        insert.Parameters.AddWithValue("referral", SeedIds.ToGuid("ref-gary-1"));
        Assert.Equal(1, await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
    }
}
