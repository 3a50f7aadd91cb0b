namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>
/// A provider's record of answering, used by matching and shown to link workers.
/// Rates are over every request the provider has dealt with, expired ones included, because
/// from the person's side an unanswered request is as good as a refusal.
/// </summary>
/// <param name="AcceptanceRate">Accepted ÷ requests dealt with; null when there are none.</param>
/// <param name="AnswerRate">(Accepted + declined) ÷ requests dealt with; null when there are none.</param>
/// <param name="MedianTimeToAnswer">Over answered requests only; null when none was answered.</param>
public sealed record ProviderResponseStats(
    int Requests,
    int Accepted,
    int Declined,
    int Expired,
    double? AcceptanceRate,
    double? AnswerRate,
    TimeSpan? MedianTimeToAnswer)
{
    /// <summary>Stats over the outcomes given; pass one provider's outcomes, or use <see cref="ByProvider"/>.</summary>
    public static ProviderResponseStats From(IEnumerable<ProviderRequestOutcome> outcomes)
    {
        var all = outcomes.ToList();
        var accepted = all.Count(o => o.Answer == ProviderAnswer.Accepted);
        var declined = all.Count(o => o.Answer == ProviderAnswer.Declined);
        var expired = all.Count(o => o.Answer == ProviderAnswer.Expired);
        var answerTimes = all
            .Where(o => o.Answer != ProviderAnswer.Expired)
            .Select(o => o.AnsweredAt - o.RequestedAt)
            .Order()
            .ToList();
        return new ProviderResponseStats(
            all.Count,
            accepted,
            declined,
            expired,
            Rate(accepted, all.Count),
            Rate(accepted + declined, all.Count),
            Median(answerTimes));
    }

    public static IReadOnlyDictionary<Guid, ProviderResponseStats> ByProvider(IEnumerable<ProviderRequestOutcome> outcomes) =>
        outcomes.GroupBy(o => o.ProviderId).ToDictionary(g => g.Key, g => From(g));

    private static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static TimeSpan? Median(List<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    };
}
