using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>
/// The referrals service's REST API and the directory's taxonomy terms and search, reduced to what
/// the link worker's pages call, answering with the real services' JSON shapes on a real port. It
/// refuses a postcode the way the real service does (an RFC 9457 field error), and <see cref="Down"/>
/// makes it answer 503 like a failing service.
/// </summary>
public sealed class StandInReferrals : IAsyncDisposable
{
    public const string RefusedPostcode = "ZZ99 9ZZ";
    public static readonly Guid Team = Guid.Parse("7a000000-0000-4000-8000-000000000001");

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<Guid, JsonObject> _people = new();
    private readonly ConcurrentDictionary<Guid, JsonObject> _referrals = new();
    private readonly ConcurrentDictionary<Guid, JsonObject> _connections = new();
    private readonly ConcurrentDictionary<Guid, List<JsonObject>> _measurements = new();

    private StandInReferrals(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public bool Down { get; set; }

    public int PeopleRegistered => _people.Count;

    public static readonly Guid FriendshipCafe = Guid.Parse("7a000000-0000-4000-8000-0000000000c1");
    public static readonly Guid FriendshipLine = Guid.Parse("7a000000-0000-4000-8000-0000000000c2");

    /// <summary>The query string of the last directory search, as the web sent it.</summary>
    public string? LastSearch { get; private set; }

    public JsonObject Referral(Guid id) => _referrals[id];

    public static async Task<StandInReferrals> StartAsync()
    {
        var app = StandInHost.Create();
        var services = new StandInReferrals(app);
        services.Map(app);
        services.BaseAddress = await app.StartOnLoopbackAsync();
        return services;
    }

    /// <summary>A referral on <see cref="Team"/>'s caseload, as if made earlier; returns its id.</summary>
    public Guid AddReferral(string givenName, string familyName, string status, DateTimeOffset receivedAt, string urgency = "routine")
    {
        var personId = Guid.NewGuid();
        _people[personId] = Person(personId, new JsonObject
        {
            ["givenName"] = givenName, ["familyName"] = familyName, ["dateOfBirth"] = "1950-03-04",
            ["contact"] = new JsonObject { ["preferred"] = "phone", ["phone"] = "01902 000000" }, ["postcode"] = "WV10 9QR", ["firstLanguage"] = "English",
        });
        var referral = NewReferral(personId, new JsonObject { ["source"] = "gp-practice", ["reason"] = "Lonely since moving.", ["urgency"] = urgency }, receivedAt);
        referral["status"] = status;
        return referral["id"]!.GetValue<Guid>();
    }

    /// <summary>A sitting of the questionnaires: ONS4 in its order, SWEMWBS's seven answers if given.</summary>
    public void AddMeasurement(Guid referralId, string point, DateTimeOffset takenAt, int[] ons4, int[]? swemwbs = null) =>
        _measurements.GetOrAdd(referralId, _ => []).Add(Measurement(point, takenAt, ons4, swemwbs));

    /// <summary>A request sent to a provider, due an answer by <paramref name="dueBy"/>.</summary>
    public void AddRequest(Guid referralId, DateOnly dueBy)
    {
        var id = Guid.NewGuid();
        _connections[id] = new JsonObject
        {
            ["id"] = id, ["referralId"] = referralId, ["targetKind"] = "activity", ["targetId"] = Guid.NewGuid(), ["providerId"] = Guid.NewGuid(),
            ["status"] = "requested", ["suggestedAt"] = DateTimeOffset.UtcNow.AddDays(-3), ["answerDueBy"] = dueBy.ToString("yyyy-MM-dd"), ["history"] = new JsonArray(),
        };
    }

    private void Map(WebApplication app)
    {
        app.AnswerUnavailableWhile(() => Down);

        // The real service searches, filters and sorts; the stand-in gives one page with the flags the page shows.
        app.MapGet("/api/teams/{teamId:guid}/caseload", (Guid teamId) =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var entries = _referrals.Values.Select(r =>
            {
                var person = _people[r["personId"]!.GetValue<Guid>()];
                var requests = RequestsOf(r["id"]!.GetValue<Guid>()).ToList();
                var dueBy = requests.Select(c => (string)c["answerDueBy"]!).Order().FirstOrDefault();
                var received = r["receivedAt"]!.GetValue<DateTimeOffset>();
                return new JsonObject
                {
                    ["referralId"] = r["id"]!.DeepClone(), ["personId"] = person["id"]!.DeepClone(),
                    ["personName"] = $"{person["givenName"]} {person["familyName"]}", ["status"] = r["status"]!.DeepClone(),
                    ["urgency"] = r["urgency"]!.DeepClone(), ["safeguardingConcern"] = r["safeguardingConcern"]!.DeepClone(), ["receivedAt"] = received,
                    ["requestsAwaitingAnswer"] = requests.Count,
                    ["oldestRequestDueBy"] = dueBy,
                    ["answerOverdue"] = dueBy is not null && DateOnly.Parse(dueBy, System.Globalization.CultureInfo.InvariantCulture) < today,
                    ["firstContactOverdue"] = (string?)r["status"] == "received" && received < DateTimeOffset.UtcNow.AddDays(-7),
                };
            }).ToList();
            return Results.Json(new JsonObject { ["totalItems"] = entries.Count, ["page"] = 1, ["perPage"] = 25, ["items"] = new JsonArray([.. entries]) });
        });

        app.MapPost("/api/people", async (HttpRequest request) =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            if ((string?)body["postcode"] == RefusedPostcode)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["postcode"] = ["Enter a full UK postcode, like LS6 3HN."] });
            }
            var id = Guid.NewGuid();
            return Results.Json(_people[id] = Person(id, body), statusCode: StatusCodes.Status201Created);
        });
        app.MapGet("/api/people/{id:guid}", (Guid id) => _people.TryGetValue(id, out var person) ? Results.Json(person) : Results.NotFound());
        app.MapPost("/api/people/{id:guid}/referrals", async (Guid id, HttpRequest request) =>
            Results.Json(NewReferral(id, (await request.ReadFromJsonAsync<JsonObject>())!, DateTimeOffset.UtcNow), statusCode: StatusCodes.Status201Created));
        app.MapGet("/api/referrals/{id:guid}", (Guid id) => _referrals.TryGetValue(id, out var referral)
            ? Results.Json(new JsonObject
            {
                ["referral"] = referral.DeepClone(),
                ["person"] = _people[(Guid)referral["personId"]!].DeepClone(),
                ["connections"] = new JsonArray([.. _connections.Values.Where(c => (Guid)c["referralId"]! == id).Select(c => c.DeepClone())]),
                ["measurements"] = new JsonArray([.. _measurements.GetValueOrDefault(id, []).Select(m => m.DeepClone())]),
                ["suggestions"] = null,
            })
            : Results.NotFound());
        app.MapPost("/api/referrals/{id:guid}/status", async (Guid id, HttpRequest request) =>
        {
            var body = (await request.ReadFromJsonAsync<JsonObject>())!;
            var referral = _referrals[id];
            referral["history"]!.AsArray().Add(new JsonObject
            {
                ["from"] = referral["status"]!.DeepClone(), ["to"] = body["status"]!.DeepClone(), ["actorId"] = "test-user", ["at"] = DateTimeOffset.UtcNow, ["reason"] = body["reason"]!.DeepClone(),
            });
            referral["status"] = body["status"]!.DeepClone();
            return Results.Json(referral);
        });

        app.MapGet("/api/search/activities", (HttpRequest request) =>
        {
            LastSearch = request.QueryString.Value;
            return Results.Json(new JsonObject
            {
                ["totalItems"] = 1, ["page"] = 1, ["perPage"] = 20,
                ["items"] = new JsonArray(new JsonObject
                {
                    ["id"] = FriendshipCafe, ["name"] = "Wednesfield Friendship Cafe", ["description"] = "Monthly afternoon tea.",
                    ["organisationId"] = FriendshipLine, ["organisationName"] = "Wolverhampton Friendship Line", ["distanceMetres"] = 2900,
                    ["needs"] = new JsonArray("Loneliness and social isolation"), ["activityTypes"] = new JsonArray(), ["isFree"] = true, ["freePlaces"] = 12,
                    ["referralMode"] = "direct-referral", ["languages"] = new JsonArray("en"), ["accessibilityFeatures"] = new JsonArray(),
                    ["places"] = new JsonArray("Wednesfield Village Hall, WV11 1SS"), ["when"] = new JsonArray("Last Wednesday of the month, 2pm to 4pm"), ["stale"] = false,
                }),
            });
        });

        app.MapGet("/taxonomy_terms", () => Results.Json(new JsonObject
        {
            ["total_items"] = 2,
            ["contents"] = new JsonArray(
                Term("loneliness", "Loneliness and social isolation", "Needs"),
                Term("music-singing", "Music and singing", "Activity types")),
        }));
    }

    private IEnumerable<JsonObject> RequestsOf(Guid referralId) =>
        _connections.Values.Where(c => (Guid)c["referralId"]! == referralId && (string?)c["status"] == "requested");

    private static JsonObject Term(string code, string name, string taxonomy) => new()
    {
        ["id"] = Guid.NewGuid(), ["name"] = name, ["description"] = name, ["parent_id"] = null, ["taxonomy"] = taxonomy, ["taxonomy_id"] = Guid.NewGuid(), ["term"] = code,
    };

    private static JsonObject Person(Guid id, JsonObject body)
    {
        var contact = body["contact"]!.AsObject();
        return new JsonObject
        {
            ["id"] = id, ["givenName"] = body["givenName"]!.DeepClone(), ["familyName"] = body["familyName"]!.DeepClone(), ["preferredName"] = null,
            ["dateOfBirth"] = body["dateOfBirth"]!.DeepClone(), ["nhsNumber"] = null, ["preferredContact"] = contact["preferred"]!.DeepClone(),
            ["phone"] = contact["phone"]?.DeepClone(), ["mobile"] = contact["mobile"]?.DeepClone(), ["email"] = contact["email"]?.DeepClone(),
            ["postcode"] = body["postcode"]!.DeepClone(), ["firstLanguage"] = body["firstLanguage"]!.DeepClone(), ["needsInterpreter"] = false,
            ["accessibilityNeeds"] = new JsonArray(), ["isCarer"] = false,
        };
    }

    private JsonObject NewReferral(Guid personId, JsonObject body, DateTimeOffset receivedAt)
    {
        var id = Guid.NewGuid();
        return _referrals[id] = new JsonObject
        {
            ["id"] = id, ["personId"] = personId, ["source"] = body["source"]!.DeepClone(), ["referrer"] = body["referrer"]?.DeepClone(),
            ["reason"] = body["reason"]!.DeepClone(), ["urgency"] = body["urgency"]!.DeepClone(), ["safeguardingConcern"] = body["safeguardingConcern"]?.DeepClone() ?? false,
            ["safeguardingNote"] = body["safeguardingNote"]?.DeepClone(), ["receivedBy"] = "test-user", ["receivedAt"] = receivedAt, ["status"] = "received",
            ["history"] = new JsonArray(), ["notes"] = new JsonArray(), ["needTermIds"] = new JsonArray(), ["interestTermIds"] = new JsonArray(),
            ["availability"] = new JsonArray(), ["travel"] = null, ["plan"] = null,
        };
    }

    private static JsonObject Measurement(string point, DateTimeOffset takenAt, int[] ons4, int[]? swemwbs) => new()
    {
        ["id"] = Guid.NewGuid(), ["point"] = point, ["takenAt"] = takenAt,
        ["lifeSatisfaction"] = ons4[0], ["worthwhile"] = ons4[1], ["happiness"] = ons4[2], ["anxiety"] = ons4[3],
        ["swemwbsItems"] = swemwbs is null ? null : new JsonArray([.. swemwbs.Select(i => (JsonNode)i)]),
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
