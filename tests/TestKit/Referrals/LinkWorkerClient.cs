using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.TestKit.Conventions;
using Xunit;

namespace SocialPrescribing.TestKit.Referrals;

/// <summary>What a link worker's screens send, over HTTP with the link worker's own token.</summary>
public sealed class LinkWorkerClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>A complete, valid person, as JSON so tests can break one field at a time.</summary>
    public static JsonObject PersonRequest() => new()
    {
        ["givenName"] = "Doris",
        ["familyName"] = "Fellows",
        ["dateOfBirth"] = "1941-06-12",
        ["nhsNumber"] = "943 476 5919",
        ["contact"] = new JsonObject { ["preferred"] = "phone", ["phone"] = "07700 900127" },
        ["postcode"] = "wv10 9qr",
        ["firstLanguage"] = "English",
        ["needsInterpreter"] = false,
        ["accessibilityNeeds"] = new JsonArray("hearing-loop", "step-free-access"),
        ["isCarer"] = false,
        ["isCaredFor"] = true,
        ["ethnicity"] = "white-british",
    };

    public async Task<Guid> RegisterPersonAsync(JsonObject? person = null)
    {
        using var response = await http.PostAsJsonAsync("/api/people", person ?? PersonRequest(), Ct);
        return await IdOfAsync(response);
    }

    public async Task<Guid> ReferAsync(Guid personId)
    {
        using var response = await http.PostAsJsonAsync($"/api/people/{personId}/referrals", new
        {
            source = "gp-practice",
            referrer = new { name = "Dr Demo Practitioner", organisation = "Fallings Park Surgery", organisationCode = "X99901" },
            reason = "Lonely since her husband died; rarely leaves the house.",
            urgency = "routine",
        }, Ct);
        return await IdOfAsync(response);
    }

    public Task<HttpResponseMessage> MoveAsync(Guid referralId, string status, string? reason = "Recorded by the test.") =>
        ChangeReferralAsync(referralId, HttpMethod.Post, "status", new { status, reason });

    /// <summary>
    /// Changes a part of a referral (<paramref name="part"/> e.g. "notes") as the web does: with the ETag of the
    /// referral just read in If-Match, which every change of a versioned record needs (428 without).
    /// </summary>
    public async Task<HttpResponseMessage> ChangeReferralAsync(Guid referralId, HttpMethod method, string part, object body)
    {
        var eTag = await ETagAsync($"/api/referrals/{referralId}");
        return await SendAsync(method, $"/api/referrals/{referralId}/{part}", body, eTag);
    }

    /// <summary>
    /// Moves a connection. There is no read of one connection to take an ETag from, and a status move is checked
    /// by the lifecycle anyway, so it says "whatever the current version" (If-Match: *).
    /// </summary>
    public Task<HttpResponseMessage> MoveConnectionAsync(Guid connectionId, string status, string? reason = null) =>
        SendAsync(HttpMethod.Post, $"/api/connections/{connectionId}/status", new { status, reason }, "*");

    /// <summary>The ETag a read of <paramref name="path"/> answers with, to send back in If-Match.</summary>
    public async Task<string> ETagAsync(string path)
    {
        using var read = await http.GetAsync(path, Ct);
        Assert.True(read.IsSuccessStatusCode, $"{(int)read.StatusCode} reading {path}");
        return read.Headers.ETag!.Tag;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await http.SendAsync(request, Ct);
    }

    public async Task MoveAlongAsync(Guid referralId, params string[] statuses)
    {
        foreach (var status in statuses)
        {
            using var response = await MoveAsync(referralId, status);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public async Task AgreePlanAsync(Guid referralId)
    {
        using var response = await ChangeReferralAsync(referralId, HttpMethod.Put, "plan", new
        {
            goals = new[]
            {
                new
                {
                    description = "Get out of the house twice a week",
                    actions = new[] { new { description = "Try the Tuesday walking group", owner = "Doris", dueOn = (string?)null } },
                    reviewOn = (string?)null,
                },
            },
            reviewOn = DateTime.UtcNow.AddDays(42).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<HttpResponseMessage> MeasureAsync(Guid referralId, string point, int[] ons4, int[]? swemwbs = null) =>
        http.PostAsJsonAsync($"/api/referrals/{referralId}/wellbeing", new
        {
            point,
            ons4 = new { lifeSatisfaction = ons4[0], worthwhile = ons4[1], happiness = ons4[2], anxiety = ons4[3] },
            swemwbs,
        }, Ct);

    /// <summary>
    /// The choir journey's end: follow-up measures (life 7, worthwhile 7, happy 6, anxious 4; SWEMWBS
    /// 4+4+3+4+4+3+4 = 26, metric 23.21), then the referral closes as completed.
    /// </summary>
    public async Task FollowUpAndCloseAsync(Guid referralId)
    {
        await MoveAlongAsync(referralId, "connected", "follow-up");
        using (var followUp = await MeasureAsync(referralId, "follow-up", [7, 7, 6, 4], [4, 4, 3, 4, 4, 3, 4]))
        {
            Assert.Equal(HttpStatusCode.Created, followUp.StatusCode);
        }
        await ReadAsync(await ChangeReferralAsync(referralId, HttpMethod.Post, "closure", new
        {
            closureReason = "completed",
            outcome = "Sings with the community choir every Tuesday.",
            summary = "Connected to a choir; feels less alone.",
        }));
    }

    /// <summary>Suggests a connection to an activity, records the person's consent to share with its provider, and sends the request.</summary>
    /// <param name="providerId">The organisation that runs the activity, or null to let the referrals service ask the directory.</param>
    public async Task<Guid> RequestActivityAsync(Guid referralId, Guid activityId, Guid? providerId, int agreedWorkingDays = 10)
    {
        var suggested = await ReadAsync(await http.PostAsJsonAsync($"/api/referrals/{referralId}/connections", new
        {
            targetKind = "activity",
            targetId = activityId,
            providerId,
            agreedResponseWorkingDays = agreedWorkingDays,
        }, Ct));
        await ConsentToShareAsync(suggested["personId"]!.GetValue<Guid>(), suggested["providerId"]!.GetValue<Guid>());
        var connectionId = suggested["id"]!.GetValue<Guid>();
        await ReadAsync(await MoveConnectionAsync(connectionId, "requested"));
        return connectionId;
    }

    /// <summary>Records, unless it stands already, that the person agreed (verbally) to their details going to the provider.</summary>
    public async Task ConsentToShareAsync(Guid personId, Guid providerId, string providerName = "The activity's organisation")
    {
        var person = await ReadAsync(await http.GetAsync($"/api/people/{personId}", Ct));
        if (person["consents"]!.AsArray().Any(c => c!["providerId"]?.GetValue<Guid>() == providerId && c["withdrawnAt"] is null))
        {
            return;
        }
        await ReadAsync(await http.PostAsJsonAsync($"/api/people/{personId}/consents", new { providerId, providerName, method = "verbal" }, Ct));
    }

    public async Task<JsonNode> GetReferralAsync(Guid referralId) => await ReadAsync(await http.GetAsync($"/api/referrals/{referralId}", Ct));

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
            return JsonNode.Parse(body) ?? throw new JsonException("Empty body.");
        }
    }

    /// <summary>The problem details of a refused request, after checking its status.</summary>
    public static Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        HttpConventions.ProblemAsync(response, expected);

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<Guid>();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
