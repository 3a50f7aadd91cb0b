using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Referrals;

namespace SocialPrescribing.SystemTests;

/// <summary>
/// A person who wants to learn English and to swim, and a new activity offering both: no seeded activity does, so
/// once the matcher has heard of it, it is among the person's suggestions (an earlier test's swim-and-speak activity
/// scores the same, so which of the two ranks first is a tie).
/// </summary>
internal static class SwimAndSpeak
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> ReferSomeoneAsync(LinkWorkerClient worker)
    {
        var person = LinkWorkerClient.PersonRequest();
        person["accessibilityNeeds"] = new JsonArray("step-free-access");
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync(person));
        using var needs = await worker.ChangeReferralAsync(referralId, HttpMethod.Put, "needs", new
        {
            // The directory's term ids: it seeds its taxonomy under the seeds' stable ids.
            needTermIds = new[] { SeedIds.ToGuid("need-learning-english") },
            interestTermIds = new[] { SeedIds.ToGuid("type-swimming") },
            availability = new[] { new { day = 2, start = "09:30", end = "12:00" } },
            travel = new { maxKm = 10.0, modes = new[] { "bus" } },
        });
        Assert.Equal(HttpStatusCode.OK, needs.StatusCode);
        return referralId;
    }

    public static Task<Guid> PublishActivityAsync(VcseGroup group) =>
        group.PublishActivityAsync($"Swim and speak {Guid.NewGuid():N}", Ct, needs: ["learning-english"], activityTypes: ["swimming"]);

    /// <summary>The activities the matcher's last announcement recorded on the referral, best first.</summary>
    public static List<Guid> StoredActivities(JsonNode referral) =>
        referral["suggestions"]?["matches"]?.AsArray()
            .Where(m => m!["kind"]!.GetValue<string>() == "activity")
            .Select(m => m!["candidateId"]!.GetValue<Guid>()).ToList() ?? [];
}
