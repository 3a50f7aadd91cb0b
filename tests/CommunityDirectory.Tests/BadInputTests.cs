using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SocialPrescribing.Authorization;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class BadInputTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BrokenActivities => new()
    {
        { "schedule ends before it starts", "schedules[0].validTo" },
        { "negative capacity", "totalPlaces" },
        { "price without currency", "costOptions[0].currency" },
        { "ages out of order", "maximumAge" },
        { "unknown taxonomy term", "needs[1]" },
        { "oversized text", "name" },
    };

    [Theory]
    [MemberData(nameof(BrokenActivities))]
    public async Task A_broken_activity_gets_problem_details_naming_the_field_and_nothing_is_written(string broken, string field)
    {
        var group = await app.RegisterOrganisationAsync();
        var request = VcseClient.ActivityRequest(await group.CreateLocationAsync());
        Break(request, broken);

        using var response = await group.Http.PostAsJsonAsync("/api/activities", request, Ct);

        await AssertProblemNamesAsync(response, field);
        await AssertNoActivitiesAsync(group);
    }

    [Fact]
    public async Task Malformed_JSON_gets_problem_details_naming_where_it_broke()
    {
        var group = await app.RegisterOrganisationAsync();
        using var body = new StringContent("""{ "name": "Walk", "totalPlaces": "twelve" }""", Encoding.UTF8, "application/json");

        using var response = await group.Http.PostAsync("/api/activities", body, Ct);

        await AssertProblemNamesAsync(response, "$.totalPlaces");
        await AssertNoActivitiesAsync(group);
    }

    [Fact]
    public async Task An_unknown_postcode_gets_problem_details_naming_the_postcode()
    {
        var group = await app.RegisterOrganisationAsync();

        using var response = await group.Http.PostAsJsonAsync("/api/locations",
            new { name = "Hall", addressLine1 = "1 High Street", city = "Nowhere", postcode = "ZZ99 9ZZ" }, Ct);

        await AssertProblemNamesAsync(response, "postcode");
        using var locations = await group.Http.GetAsync("/api/locations", Ct);
        Assert.Empty((await VcseClient.ReadAsync(locations)).AsArray());
    }

    [Fact]
    public async Task An_unknown_postcode_in_an_ORUK_query_gets_problem_details_naming_it()
    {
        using var response = await app.CreateClient().GetAsync("/services?postcode=ZZ99%209ZZ&proximity=1000", Ct);
        await AssertProblemNamesAsync(response, "postcode");
    }

    [Fact]
    public async Task A_capacity_below_the_places_already_held_is_refused()
    {
        var group = await app.RegisterOrganisationAsync();
        var activityId = await group.PublishActivityAsync(await group.CreateLocationAsync(), a => a["totalPlaces"] = 2);
        var directory = app.CreateGrpcClient(TestTokens.Service(ServiceClients.Referrals));
        await directory.HoldPlaceAsync(PlaceHoldTests.Hold(activityId.ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString()), cancellationToken: Ct);
        await directory.HoldPlaceAsync(PlaceHoldTests.Hold(activityId.ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString()), cancellationToken: Ct);

        using var response = await group.ChangeActivityAsync(HttpMethod.Put, activityId, "capacity", new { totalPlaces = 1 });

        await AssertProblemNamesAsync(response, "totalPlaces");
    }

    private static void Break(JsonObject request, string broken)
    {
        switch (broken)
        {
            case "schedule ends before it starts":
                request["schedules"]![0]!["validFrom"] = "2027-03-01";
                request["schedules"]![0]!["validTo"] = "2027-02-01";
                break;
            case "negative capacity":
                request["totalPlaces"] = -1;
                break;
            case "price without currency":
                request["costOptions"] = new JsonArray(new JsonObject { ["option"] = "Per session", ["amount"] = 3.50 });
                break;
            case "ages out of order":
                request["minimumAge"] = 65;
                request["maximumAge"] = 18;
                break;
            case "unknown taxonomy term":
                request["needs"] = new JsonArray("loneliness", "astrology");
                break;
            case "oversized text":
                request["name"] = new string('x', 201);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(broken), broken, null);
        }
    }

    private static async Task AssertProblemNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}");
        var problem = await VcseClient.ReadAsync(response);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"The problem should name '{field}'; it names {string.Join(", ", errors.Select(e => e.Key))}.");
    }

    private static async Task AssertNoActivitiesAsync(VcseClient group)
    {
        using var list = await group.Http.GetAsync("/api/activities", Ct);
        Assert.Empty((await VcseClient.ReadAsync(list)).AsArray());
    }
}
