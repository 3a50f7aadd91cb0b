namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>A candidate's score (0..1): the weighted mean of its parts. The parts' contributions add up to the total.</summary>
public sealed record Score(double Total, IReadOnlyList<ScorePart> Parts);

/// <summary>
/// One named part of a score: its configured weight, its value (0..1), its contribution to the total
/// (weight x value / sum of the weights that apply), and the reason in plain words.
/// </summary>
public sealed record ScorePart(string Name, double Weight, double Value, double Contribution, string Reason);
