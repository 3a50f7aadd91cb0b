using SocialPrescribing.Referrals.Domain.Connections;
using static SocialPrescribing.Referrals.Domain.Connections.ConnectionStatus;

namespace SocialPrescribing.Referrals.UnitTests.Connections;

public class ProviderResponseStatsTests
{
    private static readonly Guid Provider = Connections.ProviderId;
    private static readonly DateTimeOffset Sent = Connections.SuggestedAt;

    private static ProviderRequestOutcome Outcome(ProviderAnswer answer, double hoursLater) =>
        new(Provider, Sent, answer, Sent.AddHours(hoursLater));

    [Fact]
    public void Rates_count_expired_requests_and_the_median_counts_only_answers()
    {
        var stats = ProviderResponseStats.From(
        [
            Outcome(ProviderAnswer.Accepted, 2),
            Outcome(ProviderAnswer.Accepted, 26),
            Outcome(ProviderAnswer.Declined, 4),
            Outcome(ProviderAnswer.Expired, 340),
        ]);

        // 4 requests: accepted 2 ÷ 4 = 0.5; answered (2 + 1) ÷ 4 = 0.75;
        // answer times 2 h, 4 h, 26 h sorted → middle one is 4 h.
        Assert.Equal((4, 2, 1, 1), (stats.Requests, stats.Accepted, stats.Declined, stats.Expired));
        Assert.Equal(0.5, stats.AcceptanceRate);
        Assert.Equal(0.75, stats.AnswerRate);
        Assert.Equal(TimeSpan.FromHours(4), stats.MedianTimeToAnswer);
    }

    [Fact]
    public void With_an_even_number_of_answers_the_median_is_halfway_between_the_middle_two()
    {
        var stats = ProviderResponseStats.From(
        [
            Outcome(ProviderAnswer.Accepted, 2),
            Outcome(ProviderAnswer.Declined, 6),
            Outcome(ProviderAnswer.Accepted, 4),
            Outcome(ProviderAnswer.Accepted, 26),
        ]);

        // Sorted 2, 4, 6, 26 h → (4 + 6) ÷ 2 = 5 h.
        Assert.Equal(TimeSpan.FromHours(5), stats.MedianTimeToAnswer);
    }

    [Fact]
    public void A_provider_with_no_requests_has_no_rates_rather_than_zero()
    {
        var stats = ProviderResponseStats.From([]);

        Assert.Equal((0, null, null, null), (stats.Requests, stats.AcceptanceRate, stats.AnswerRate, stats.MedianTimeToAnswer));
    }

    [Fact]
    public void Stats_are_kept_per_provider()
    {
        var other = Guid.NewGuid();

        var byProvider = ProviderResponseStats.ByProvider([Outcome(ProviderAnswer.Accepted, 1), Outcome(ProviderAnswer.Expired, 300) with { ProviderId = other }]);

        Assert.Equal(1.0, byProvider[Provider].AcceptanceRate);
        Assert.Equal(0.0, byProvider[other].AcceptanceRate);
    }

    [Fact]
    public void A_connections_outcome_is_its_first_answer_to_the_request()
    {
        var connection = Connections.Suggest();
        connection.MoveTo(Requested, "lw-1", Sent, Connections.Lifecycle);
        Assert.Null(ProviderRequestOutcome.Of(connection));

        connection.MoveTo(Accepted, "vcse-9", Sent.AddHours(3), Connections.Lifecycle);
        connection.MoveTo(Attended, "vcse-9", Sent.AddDays(7), Connections.Lifecycle);

        Assert.Equal(new ProviderRequestOutcome(Provider, Sent, ProviderAnswer.Accepted, Sent.AddHours(3)), ProviderRequestOutcome.Of(connection));
    }

    [Fact]
    public void A_request_the_link_worker_withdrew_is_not_held_against_the_provider()
    {
        var connection = Connections.Suggest();
        connection.MoveTo(Requested, "lw-1", Sent, Connections.Lifecycle);
        connection.MoveTo(Withdrawn, "lw-1", Sent.AddHours(1), Connections.Lifecycle, "Person chose another group");

        Assert.Null(ProviderRequestOutcome.Of(connection));
    }
}
