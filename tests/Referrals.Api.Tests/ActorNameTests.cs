using System.Net.Http.Json;
using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>Colleagues see who did what by name: the display name each person's access token carries, kept with the audit trail.</summary>
public sealed class ActorNameTests(ReferralsApp app)
{
    [Fact]
    public async Task A_colleague_reading_the_referral_gets_the_name_of_whoever_wrote_a_note()
    {
        var teamId = Guid.NewGuid();
        var (amaId, tomId) = ($"ama-{Guid.NewGuid():N}", $"tom-{Guid.NewGuid():N}");
        var ama = new LinkWorkerClient(app.CreateClient(TestTokens.Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId, subject: amaId, name: "Ama Owusu")));
        var tom = new LinkWorkerClient(app.CreateClient(TestTokens.Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId, subject: tomId, name: "Tom Fairfax")));
        var referralId = await ama.ReferAsync(await ama.RegisterPersonAsync());
        using (var note = await ama.ChangeReferralAsync(referralId, HttpMethod.Post, "notes", new { text = "Rang; she would like a call on Mondays." }))
        {
            await LinkWorkerClient.ReadAsync(note);
        }

        var view = await tom.GetReferralAsync(referralId);

        Assert.Equal(amaId, view["referral"]!["notes"]![0]!["writtenBy"]!.GetValue<string>());
        Assert.Equal("Ama Owusu", view["actorNames"]![amaId]!.GetValue<string>());
    }

    [Fact]
    public async Task A_colleague_who_changed_their_name_shows_by_the_name_they_have_now_and_the_referral_comes_with_its_person()
    {
        var teamId = Guid.NewGuid();
        var amaId = $"ama-{Guid.NewGuid():N}";
        LinkWorkerClient Ama(string name) => new(app.CreateClient(TestTokens.Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId, subject: amaId, name: name)));
        var tom = new LinkWorkerClient(app.CreateClient(TestTokens.Issue(Roles.LinkWorker, [ApiScopes.Referrals], teamId: teamId, subject: $"tom-{Guid.NewGuid():N}", name: "Tom Fairfax")));
        var before = Ama("Ama Owusu");
        var personId = await before.RegisterPersonAsync();
        var referralId = await before.ReferAsync(personId);
        using (var note = await before.ChangeReferralAsync(referralId, HttpMethod.Post, "notes", new { text = "Rang; no answer." }))
        {
            await LinkWorkerClient.ReadAsync(note);
        }
        await before.GetReferralAsync(referralId);
        await Ama("Ama Mensah").GetReferralAsync(referralId);

        var view = await tom.GetReferralAsync(referralId);

        Assert.Equal("Ama Mensah", view["actorNames"]![amaId]!.GetValue<string>());
        Assert.Equal(personId, view["person"]!["id"]!.GetValue<Guid>());
        Assert.Equal(teamId, view["person"]!["teamId"]!.GetValue<Guid>());
    }
}
