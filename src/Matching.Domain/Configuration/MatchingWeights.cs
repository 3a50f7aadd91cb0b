namespace SocialPrescribing.Matching.Domain.Configuration;

/// <summary>
/// How much each named part counts in a score; configured per place (PCN, council...). Only the ratios
/// matter: a score is the weighted mean of the parts that apply to the candidate kind, so it stays in 0..1.
/// The defaults sum to 1 and put what matters to the person first:
/// needs 0.35, distance 0.20, free-time overlap 0.15, provider responsiveness 0.05 and people's ratings 0.05
/// (activities only: together the 0.10 an activity's quality counts), deprivation 0.10, waiting time 0.05, language 0.05.
/// </summary>
public sealed record MatchingWeights
{
    public double Needs { get; init; } = 0.35;
    public double Distance { get; init; } = 0.20;
    public double TimeOverlap { get; init; } = 0.15;
    public double Responsiveness { get; init; } = 0.05;
    public double Rating { get; init; } = 0.05;
    public double Deprivation { get; init; } = 0.10;
    public double Waiting { get; init; } = 0.05;
    public double Language { get; init; } = 0.05;

    public static MatchingWeights Default { get; } = new();

    /// <summary>Throws <see cref="MatchingDomainException"/> when a weight is negative or not a number, or all that apply to a kind are zero.</summary>
    public void Validate()
    {
        (string Name, double Value)[] all =
        [
            (nameof(Needs), Needs), (nameof(Distance), Distance), (nameof(TimeOverlap), TimeOverlap),
            (nameof(Responsiveness), Responsiveness), (nameof(Rating), Rating), (nameof(Deprivation), Deprivation),
            (nameof(Waiting), Waiting), (nameof(Language), Language),
        ];
        foreach (var (name, value) in all)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw new MatchingDomainException($"Matching weight '{name}' is {value}; weights must be zero or more.");
            }
        }
        if (all.Sum(w => w.Value) == 0)
        {
            throw new MatchingDomainException("All matching weights are zero; at least one must be above zero to rank anything.");
        }
        // Responsiveness and ratings are about activities, so volunteers are ranked on the other weights alone.
        if (all.Sum(w => w.Value) - Responsiveness - Rating == 0)
        {
            throw new MatchingDomainException("Only the responsiveness and rating weights are above zero, so volunteers could not be ranked; give another weight a value.");
        }
    }
}
