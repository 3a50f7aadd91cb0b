using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.TestKit.Referrals;

namespace SocialPrescribing.Web.SystemTests.Hosting;

/// <summary>
/// What reaches a VCSE group before its staff open the web, made through the real REST APIs:
/// a link worker's connection requests (person, consent to share with the group, referral, request)
/// and a volunteer's hour log sent from their phone.
/// </summary>
public sealed class VcseSetup(SystemFixture system) : IDisposable
{
    public const string LinkWorker = "lw.ama.owusu";
    public const string Volunteer = "margaret.hughes@example.org";
    public static readonly Guid FriendshipLine = SeedIds.ToGuid("org-wolverhampton-friendship-line");
    public static readonly Guid FriendshipCalls = SeedIds.ToGuid("act-friendship-line-calls");
    public static readonly Guid FriendshipHomeVisits = SeedIds.ToGuid("act-friendship-line-home-visits");
    public static readonly Guid FriendshipCafe = SeedIds.ToGuid("act-friendship-line-wednesfield-cafe");
    public static readonly Guid MargaretHughes = SeedIds.ToGuid("vol-margaret-hughes");

    private readonly TokenClient _tokens = system.CreateTokenClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new person referred and requested for <paramref name="activityId"/> of the Friendship Line; their name is shared with it.</summary>
    public async Task<(Guid ReferralId, Guid ConnectionId)> RequestPlaceAsync(string givenName, string familyName, Guid activityId)
    {
        using var referrals = await ClientAsync("referrals", new TestAccount("link-worker", LinkWorker, system.DevelopmentPassword), "referrals");
        var referralId = await ReferAsync(referrals, givenName, familyName, shareWithFriendshipLine: true);
        var connectionId = await CreatedIdAsync(await referrals.PostAsJsonAsync($"/api/referrals/{referralId}/connections", new
        {
            targetKind = "activity",
            targetId = activityId,
            providerId = FriendshipLine,
            agreedResponseWorkingDays = 5,
            request = true,
        }, Ct));
        return (referralId, connectionId);
    }

    /// <summary>A new person referred with their consent to the service (given verbally) and a plan agreed; nothing is shared with any organisation yet.</summary>
    public async Task<Guid> ReferAsync(string givenName, string familyName)
    {
        using var referrals = await ClientAsync("referrals", new TestAccount("link-worker", LinkWorker, system.DevelopmentPassword), "referrals");
        return await ReferAsync(referrals, givenName, familyName, shareWithFriendshipLine: false);
    }

    private static async Task<Guid> ReferAsync(HttpClient referrals, string givenName, string familyName, bool shareWithFriendshipLine)
    {
        var personId = await CreatedIdAsync(await referrals.PostAsJsonAsync("/api/people", new
        {
            givenName,
            familyName,
            dateOfBirth = "1948-03-02",
            contact = new { preferred = "phone", phone = "07700 900127" },
            postcode = "WV10 9QR",
            firstLanguage = "English",
            needsInterpreter = false,
            accessibilityNeeds = new[] { "step-free-access" },
            isCarer = false,
            isCaredFor = false,
        }, Ct));
        if (shareWithFriendshipLine)
        {
            await OkAsync(await referrals.PostAsJsonAsync($"/api/people/{personId}/consents", new { providerId = FriendshipLine, providerName = "Wolverhampton Friendship Line", method = "verbal" }, Ct));
        }
        var referralId = await CreatedIdAsync(await referrals.PostAsJsonAsync($"/api/people/{personId}/referrals", new
        {
            source = "gp-practice",
            referrer = new { name = "Dr Demo Practitioner", organisation = "Fallings Park Surgery", organisationCode = "X99901" },
            reason = "Lonely since moving to the area.",
            urgency = "routine",
            serviceConsent = "verbal",
        }, Ct));
        await ReadyToConnectAsync(referrals, referralId);
        return referralId;
    }

    /// <summary>Contacted, a plan agreed, assessed and connecting: as far as a referral goes before a request, as the link worker.</summary>
    public async Task ReadyToConnectAsync(Guid referralId)
    {
        using var referrals = await ClientAsync("referrals", new TestAccount("link-worker", LinkWorker, system.DevelopmentPassword), "referrals");
        await ReadyToConnectAsync(referrals, referralId);
    }

    private static async Task ReadyToConnectAsync(HttpClient referrals, Guid referralId)
    {
        var worker = new LinkWorkerClient(referrals);
        await OkAsync(await worker.MoveAsync(referralId, "contacted", "Phoned."));
        await OkAsync(await worker.ChangeReferralAsync(referralId, HttpMethod.Put, "plan", new
        {
            goals = new[] { new { description = "Talk to someone every week", actions = Array.Empty<object>(), reviewOn = (string?)null } },
            reviewOn = DateTime.UtcNow.AddDays(42).ToString("yyyy-MM-dd"),
        }));
        foreach (var status in new[] { "assessed", "connecting" })
        {
            await OkAsync(await worker.MoveAsync(referralId, status, "Plan agreed."));
        }
    }

    /// <summary>The connection's status and reason as the link worker sees them on the referral.</summary>
    public async Task<(string Status, string? Reason)> ConnectionAsync(Guid referralId, Guid connectionId)
    {
        using var referrals = await ClientAsync("referrals", new TestAccount("link-worker", LinkWorker, system.DevelopmentPassword), "referrals");
        var referral = await OkAsync(await referrals.GetAsync($"/api/referrals/{referralId}", Ct));
        var connection = referral["connections"]!.AsArray().Single(c => c!["id"]!.GetValue<Guid>() == connectionId)!;
        return (connection["status"]!.GetValue<string>(), connection["history"]!.AsArray().Last()!["reason"]?.GetValue<string>());
    }

    /// <summary>Margaret logs yesterday's befriending from her phone (a one-time code sign-in).</summary>
    public async Task<Guid> LogHoursAsync(int minutes, string note)
    {
        using var volunteering = await ClientAsync("volunteering", new TestAccount("volunteer", Volunteer, OneTimeCodeIdentifier: Volunteer), "volunteering");
        var id = Guid.NewGuid();
        await OkAsync(await volunteering.PostAsJsonAsync($"/api/volunteers/{MargaretHughes}/hours", new
        {
            id,
            organisationId = FriendshipLine,
            activityId = FriendshipCalls,
            role = "befriender",
            date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd"),
            minutes,
            note,
        }, Ct));
        return id;
    }

    public async Task<string> LogStatusAsync(Guid logId)
    {
        using var volunteering = await ClientAsync("volunteering", new TestAccount("volunteer", Volunteer, OneTimeCodeIdentifier: Volunteer), "volunteering");
        var logs = await OkAsync(await volunteering.GetAsync($"/api/volunteers/{MargaretHughes}/hours?perPage=200", Ct));
        return logs["items"]!.AsArray().Single(l => l!["id"]!.GetValue<Guid>() == logId)!["status"]!.GetValue<string>();
    }

    /// <summary>Proves an API client's secret works: it gets a token from identity by client credentials.</summary>
    public async Task<bool> ClientCanSignInAsync(string clientId, string secret)
    {
        using var response = await _tokens.RequestClientCredentialsAsync(clientId, secret, ["directory.read"], Ct);
        return response.IsSuccessStatusCode;
    }

    private async Task<HttpClient> ClientAsync(string service, TestAccount account, string scope)
    {
        var http = system.CreateHttpClient(service);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAccessTokenAsync(account, ["openid", scope], Ct));
        return http;
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response) => (await OkAsync(response))["id"]!.GetValue<Guid>();

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {(int)response.StatusCode} {body}");
            return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
        }
    }

    public void Dispose() => _tokens.Dispose();
}
