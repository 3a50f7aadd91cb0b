namespace SocialPrescribing.Matching.Domain.Suggestions;

/// <summary>Counts the eligible candidates and those ranking above one candidate, and notes the top score.</summary>
internal struct RankCounter(int index, double score) : ICandidateSink
{
    public int Eligible { get; private set; }
    public int Above { get; private set; }
    public double? TopScore { get; private set; }

    /// <summary>Every eligible candidate counts.</summary>
    public readonly double MinimumScore => double.NegativeInfinity;

    public void Accept(int otherIndex, double otherScore)
    {
        Eligible++;
        TopScore = Math.Max(TopScore ?? otherScore, otherScore);
        if (otherIndex != index && CandidateSearch.RanksAbove(otherScore, otherIndex, score, index))
        {
            Above++;
        }
    }
}
