using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class BadInputTests(ReferralsApp app)
{
    private readonly LinkWorkerClient _worker = new(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));

    [Theory]
    // 943 476 5918: the first nine digits give check digit 9, not 8.
    [InlineData("nhsNumber", "943 476 5918")]
    [InlineData("dateOfBirth", "2999-01-01")]
    [InlineData("postcode", "not a postcode")]
    public async Task A_person_with_a_bad_field_is_refused_naming_the_field(string field, string value)
    {
        var person = LinkWorkerClient.PersonRequest();
        person[field] = value;

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.Http.PostAsJsonAsync("/api/people", person, Ct), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Every_mistake_in_a_form_is_reported_at_once()
    {
        var person = LinkWorkerClient.PersonRequest();
        person["givenName"] = " ";
        person["nhsNumber"] = "12345";
        person["contact"] = new JsonObject { ["preferred"] = "email" };

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.Http.PostAsJsonAsync("/api/people", person, Ct), HttpStatusCode.BadRequest);

        Assert.Equal(["email", "givenName", "nhsNumber"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task A_wellbeing_score_out_of_range_is_refused_and_nothing_is_stored()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.MeasureAsync(referralId, "baseline", [11, 5, 5, 5]), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["lifeSatisfaction"]);
        Assert.Empty((await _worker.GetReferralAsync(referralId))["measurements"]!.AsArray());
    }

    [Fact]
    public async Task A_wellbeing_sitting_with_questions_the_person_declined_is_stored_as_answered()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        using var response = await _worker.Http.PostAsJsonAsync($"/api/referrals/{referralId}/wellbeing", new
        {
            point = "baseline",
            ons4 = new { lifeSatisfaction = 5, worthwhile = (int?)null, happiness = 6, anxiety = 4 },
            swemwbs = new int?[] { 3, 3, null, 4, 2, 3, 3 },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = (await _worker.GetReferralAsync(referralId))["measurements"]!.AsArray().Single()!;
        Assert.Null(stored["worthwhile"]);
        Assert.Equal(6, stored["happiness"]!.GetValue<int>());
        Assert.Equal([3, 3, null, 4, 2, 3, 3], stored["swemwbsItems"]!.AsArray().Select(i => i?.GetValue<int>()));
    }

    [Fact]
    public async Task A_phone_number_too_short_to_be_one_is_refused()
    {
        var person = LinkWorkerClient.PersonRequest();
        person["contact"] = new JsonObject { ["preferred"] = "phone", ["phone"] = "01902 000" };

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.Http.PostAsJsonAsync("/api/people", person, Ct), HttpStatusCode.BadRequest);

        Assert.Equal("Enter a UK phone number, like 01902 555 123 or 07700 900 982", problem["errors"]!["phone"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_transition_that_skips_steps_is_refused_with_the_steps_missing()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.MoveAsync(referralId, "connecting"), HttpStatusCode.Conflict);

        Assert.Equal("A referral that is Received cannot move to Connecting: it must be contacted and assessed first.",
            problem["errors"]!["status"]![0]!.GetValue<string>());
        Assert.Equal("received", (await _worker.GetReferralAsync(referralId))["referral"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_status_the_service_does_not_have_is_refused_naming_the_field_and_the_kebab_case_values_it_takes()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.MoveAsync(referralId, "onwards"), HttpStatusCode.BadRequest);

        Assert.Equal("One of: awaiting-triage, received, contacted, assessed, connecting, connected, follow-up, closed.",
            problem["errors"]!["status"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_with_an_unknown_need_and_way_of_contact_is_refused_naming_each()
    {
        var person = LinkWorkerClient.PersonRequest();
        person["accessibilityNeeds"] = new JsonArray("hearing-loop", "a-lift");
        person["contact"] = new JsonObject { ["preferred"] = "pigeon", ["phone"] = "07700 900127" };

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.Http.PostAsJsonAsync("/api/people", person, Ct), HttpStatusCode.BadRequest);

        Assert.Equal(["accessibilityNeeds[1]", "contact.preferred"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task A_referral_is_not_assessed_until_a_plan_is_agreed()
    {
        var referralId = await _worker.ReferAsync(await _worker.RegisterPersonAsync());
        await _worker.MoveAlongAsync(referralId, "contacted");

        var problem = await LinkWorkerClient.ProblemAsync(await _worker.MoveAsync(referralId, "assessed"), HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["plan"]);
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_refused()
    {
        var personId = await _worker.RegisterPersonAsync();
        using var read = await _worker.Http.GetAsync($"/api/people/{personId}", Ct);
        var etag = read.Headers.ETag!.Tag;
        var person = LinkWorkerClient.PersonRequest();
        person["preferredName"] = "Dot";

        using (var first = Put(personId, person, etag))
        {
            using var response = await _worker.Http.SendAsync(first, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        }
        person["preferredName"] = "Dottie";
        var problem = await LinkWorkerClient.ProblemAsync(await _worker.Http.SendAsync(Put(personId, person, etag), Ct), HttpStatusCode.PreconditionFailed);

        Assert.NotNull(problem["errors"]!["If-Match"]);
        Assert.Equal("Dot", (await LinkWorkerClient.ReadAsync(await _worker.Http.GetAsync($"/api/people/{personId}", Ct)))["preferredName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Declining_a_request_requires_a_reason()
    {
        var providerId = Guid.NewGuid();
        var connectionId = await _worker.RequestActivityAsync(await _worker.ReferAsync(await _worker.RegisterPersonAsync()), app.Places.ActivityRunBy(providerId), providerId);
        var staff = app.CreateClient(TestTokens.VcseStaff(providerId));

        var problem = await LinkWorkerClient.ProblemAsync(
            await staff.PostAsJsonAsync($"/api/providers/{providerId}/connections/{connectionId}/answer", new { accept = false, reason = " " }, Ct),
            HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["reason"]);
        Assert.True(app.Places.IsHeld(connectionId));
    }

    private static HttpRequestMessage Put(Guid personId, JsonObject person, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/people/{personId}") { Content = JsonContent.Create(person) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return request;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
