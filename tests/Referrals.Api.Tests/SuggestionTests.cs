using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.Contracts.IntegrationEvents;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.TestKit;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class SuggestionTests(ReferralsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_matchers_latest_suggestions_show_on_the_referral_and_an_older_announcement_does_not_replace_them()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        var referralId = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var bus = app.Factory.Services.GetRequiredService<IBus>();
        var now = DateTimeOffset.UtcNow;
        var lunchClub = Guid.NewGuid();
        var walk = Guid.NewGuid();

        var latest = new MatchesProposedIntegrationEvent(referralId,
            [new ProposedMatch(walk, "Activity", 2, 0.5, "Health walk"), new ProposedMatch(lunchClub, "Activity", 1, 0.75, "Lunch club")], now);
        await bus.Publish(latest, c => c.MessageId = latest.EventId, Ct);
        await Eventually.HoldsAsync(async () => (await worker.GetReferralAsync(referralId))["suggestions"] is not null,
            "the referral shows the matcher's suggestions");

        // A retried, older announcement arrives late: it must not win.
        var older = new MatchesProposedIntegrationEvent(referralId, [new ProposedMatch(Guid.NewGuid(), "Activity", 1, 0.9, "Old choice")], now.AddMinutes(-5));
        await bus.Publish(older, c => c.MessageId = older.EventId, Ct);
        var marker = new MatchesProposedIntegrationEvent(Guid.NewGuid(), [], now);
        await bus.Publish(marker, c => c.MessageId = marker.EventId, Ct);
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);

        var matches = (await worker.GetReferralAsync(referralId))["suggestions"]!["matches"]!.AsArray();
        Assert.Equal(["Lunch club", "Health walk"], matches.Select(m => m!["name"]!.GetValue<string>()));
        Assert.All(matches, m => Assert.Equal("activity", m!["kind"]!.GetValue<string>()));
    }
}
