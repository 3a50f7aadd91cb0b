namespace SocialPrescribing.Matching.Domain.Suggestions;

/// <summary>Keeps the k best candidates seen, best first; most candidates are turned away with one comparison.</summary>
internal struct TopK(int k) : ICandidateSink
{
    private readonly int[] indices = new int[k];
    private readonly double[] scores = new double[k];

    public int Count { get; private set; }

    public readonly (int Index, double Score) this[int rank] => (indices[rank], scores[rank]);

    /// <summary>Once k are held, a candidate must at least tie the k-th to get in.</summary>
    public readonly double MinimumScore => Count == indices.Length ? scores[Count - 1] : double.NegativeInfinity;

    public void Accept(int index, double score)
    {
        if (Count == indices.Length && !CandidateSearch.RanksAbove(score, index, scores[Count - 1], indices[Count - 1]))
        {
            return;
        }
        var at = Math.Min(Count, indices.Length - 1);
        while (at > 0 && CandidateSearch.RanksAbove(score, index, scores[at - 1], indices[at - 1]))
        {
            indices[at] = indices[at - 1];
            scores[at] = scores[at - 1];
            at--;
        }
        indices[at] = index;
        scores[at] = score;
        Count = Math.Min(Count + 1, indices.Length);
    }
}
