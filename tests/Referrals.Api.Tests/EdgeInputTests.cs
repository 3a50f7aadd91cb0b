using System.Net;
using System.Net.Http.Json;
using System.Text;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>Input that once reached the database and came back as a 500: each is now a 400 naming the field.</summary>
public sealed class EdgeInputTests(ReferralsApp app)
{
    private readonly LinkWorkerClient _worker = new(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));

    [Fact]
    public async Task A_measurement_taken_at_another_offset_is_stored_in_UTC()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        using var response = await _worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/wellbeing", new
        {
            point = "baseline",
            takenAt = "2026-01-05T10:00:00+01:00",
            ons4 = new { lifeSatisfaction = 5, worthwhile = 5, happiness = 5, anxiety = 5 },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var takenAt = (await _worker.GetReferralAsync(referralId))["measurements"]![0]!["takenAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), takenAt);
    }

    [Fact]
    public async Task A_note_with_a_NUL_character_is_refused_naming_the_text()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        var problem = await ProblemAsync(Post($"/api/referrals/{referralId}/notes", "{\"text\":\"a\\u0000b\"}"));

        Assert.NotNull(problem["errors"]!["text"]);
        Assert.Empty((await _worker.GetReferralAsync(referralId))["referral"]!["notes"]!.AsArray());
    }

    [Fact]
    public async Task Needs_with_an_empty_free_time_are_refused_naming_the_item()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        var problem = await ProblemAsync(Send(HttpMethod.Put, $"/api/referrals/{referralId}/needs", "{\"availability\":[null]}"));

        Assert.NotNull(problem["errors"]!["availability[0]"]);
    }

    [Fact]
    public async Task A_report_period_ending_in_year_9999_is_refused_naming_the_end()
    {
        var commissioner = app.CreateClient(TestTokens.Commissioner());

        var problem = await ProblemAsync(commissioner.GetAsync("/api/reports/referrals?from=2026-01-01&to=9999-12-31", Ct));

        Assert.NotNull(problem["errors"]!["to"]);
    }

    [Fact]
    public async Task A_note_longer_than_the_web_allows_is_refused_naming_the_text()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        var problem = await ProblemAsync(_worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/notes", new { text = new string('x', 4001) }, Ct));

        Assert.NotNull(problem["errors"]!["text"]);
    }

    [Fact]
    public async Task A_goal_longer_than_the_web_allows_is_refused_naming_the_goal()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        var problem = await ProblemAsync(_worker.Http.PutAsJsonAsync($"/api/referrals/{referralId}/plan",
            new { goals = new[] { new { description = new string('x', 501), actions = Array.Empty<object>() } }, reviewOn = "2199-01-01" }, Ct));

        Assert.NotNull(problem["errors"]!["goals[0].description"]);
    }

    [Fact]
    public async Task A_search_parameter_with_a_NUL_character_is_refused_before_the_endpoint()
    {
        var commissioner = app.CreateClient(TestTokens.Commissioner());

        var problem = await ProblemAsync(commissioner.GetAsync("/api/reports/referrals?from=2026-01-01&to=2026-02-01&teamId=%00", Ct));

        Assert.NotNull(problem["errors"]!["teamId"]);
    }

    private Task<HttpResponseMessage> Post(string path, string json) => Send(HttpMethod.Post, path, json);

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string json) =>
        _worker.Http.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") }, Ct);

    private static async Task<System.Text.Json.Nodes.JsonNode> ProblemAsync(Task<HttpResponseMessage> sending) =>
        await LinkWorkerClient.ProblemAsync(await sending, HttpStatusCode.BadRequest);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
