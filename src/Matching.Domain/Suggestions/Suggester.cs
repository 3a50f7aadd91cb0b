using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Rules;
using SocialPrescribing.Matching.Domain.Scoring;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Suggestions;

/// <summary>Suggests activities or volunteers for a person, and explains any candidate's place, over one read model and one place's configuration. Thread-safe.</summary>
public sealed class Suggester
{
    public const int MaxSuggestions = 100;

    private readonly TimeProvider time;
    private readonly CandidateSearch search;

    /// <exception cref="MatchingDomainException">The configuration's weights are negative or all zero.</exception>
    public Suggester(MatchingReadModel model, MatchingConfiguration configuration, TimeProvider time)
    {
        this.time = time;
        search = new CandidateSearch(model, configuration);
    }

    /// <summary>The top <paramref name="k"/> candidates of <paramref name="kind"/> that break no hard rule, best first, each with its score and reasons.</summary>
    public IReadOnlyList<Suggestion> Suggest(PersonProfile referral, CandidateKind kind, int k)
    {
        if (k is < 1 or > MaxSuggestions)
        {
            throw new MatchingDomainException($"Asked for {k} suggestions; ask for between 1 and {MaxSuggestions}.");
        }
        var person = Compile(referral);
        var top = new TopK(k);
        search.ForEachEligible(person, kind, includeCapacity: true, ref top);
        var entries = search.Model.EntriesOf(kind);
        var suggestions = new Suggestion[top.Count];
        for (var rank = 0; rank < top.Count; rank++)
        {
            var pair = new Pair(person, entries[top[rank].Index]);
            suggestions[rank] = new Suggestion(rank + 1, kind, pair.Candidate.Id, pair.Candidate.Name, pair.DistanceKm, search.Scorer.Explain(pair));
        }
        return suggestions;
    }

    /// <summary>Why the candidate ranks where it does for the person, or which hard rules exclude it.</summary>
    public Explanation Explain(PersonProfile referral, CandidateKind kind, Guid candidateId)
    {
        var person = Compile(referral);
        var pair = new Pair(person, search.Model.Find(kind, candidateId));
        var broken = HardRules.Broken(search.Rules.For(kind, includeCapacity: true), pair);
        var score = search.Scorer.Explain(pair);
        var counter = new RankCounter(pair.Candidate.Index, score.Total);
        search.ForEachEligible(person, kind, includeCapacity: true, ref counter);
        var eligible = broken.Length == 0;
        int? rank = eligible ? counter.Above + 1 : null;
        var summary = eligible
            ? SummariseRank(kind, score, rank!.Value, counter.Eligible, counter.TopScore!.Value)
            : SummariseExclusion(broken);
        return new Explanation(kind, pair.Candidate.Id, pair.Candidate.Name, pair.DistanceKm, eligible, broken, score, rank,
            counter.Eligible, counter.TopScore, summary);
    }

    private PersonQuery Compile(PersonProfile referral) => search.Compile(referral, time.GetUtcNow());

    private static string SummariseRank(CandidateKind kind, Score score, int rank, int eligible, double topScore)
    {
        var strongest = score.Parts.MaxBy(p => p.Contribution)!;
        // What a part loses is its weight times the value it falls short of.
        var weakest = score.Parts.MaxBy(p => p.Weight * (1 - p.Value))!;
        var kindName = kind == CandidateKind.Activity ? "activities" : "volunteers";
        return Invariant($"Ranks {rank} of {eligible} eligible {kindName} with a score of {score.Total:0.00} (the top scores {topScore:0.00}). ") +
               $"It gains most from {strongest.Name.ToLowerInvariant()} ({strongest.Reason.TrimEnd('.')}) " +
               $"and loses most on {weakest.Name.ToLowerInvariant()} ({weakest.Reason.TrimEnd('.')}).";
    }

    private static string SummariseExclusion(RuleResult[] broken) =>
        $"Not suggested: it breaks {(broken.Length == 1 ? "a hard rule" : $"{broken.Length} hard rules")}. " +
        string.Join(" ", broken.Select(r => $"{r.Rule}: {r.Reason}"));
}
