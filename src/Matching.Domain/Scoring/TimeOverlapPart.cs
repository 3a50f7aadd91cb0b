using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.ReadModel;
using static System.FormattableString;

namespace SocialPrescribing.Matching.Domain.Scoring;

/// <summary>
/// Whether the person is free when the candidate is: for the best of the candidate's weekly slots, the share
/// of it the person is free for. A slot longer than <see cref="EnoughMinutes"/> (a volunteer free all
/// afternoon) counts as fully usable once the person is free for that long within it.
/// </summary>
internal sealed class TimeOverlapPart : IScorePart
{
    /// <summary>Two hours is enough for a befriending visit or a group session.</summary>
    public const int EnoughMinutes = 120;

    public string Name => ScorePartNames.TimeOverlap;

    public double WeightIn(MatchingWeights weights) => weights.TimeOverlap;

    public bool AppliesTo(CandidateKind kind) => true;

    public double Value(in Pair pair) => BestSlot(pair).Value;

    public string Reason(in Pair pair, double value)
    {
        if (pair.Candidate.Times.Count == 0)
        {
            return "No session or availability times are listed.";
        }
        if (pair.Person.FreeTimes.Count == 0)
        {
            return "No free times are recorded for the person.";
        }
        var (slot, _) = BestSlot(pair);
        var when = WeeklySlots.ToTimeSlot(pair.Candidate.Times.Starts[slot], pair.Candidate.Times.Ends[slot]);
        return value switch
        {
            1 => $"The person is free for the {When(when)} slot.",
            > 0 => Invariant($"The person is free for {value * 100:0}% of the {When(when)} slot."),
            _ => "None of the slots fall in the person's free times.",
        };
    }

    private static string When(Profiles.TimeSlot slot) => Invariant($"{slot.Day} {slot.Start:HH\\:mm}-{slot.End:HH\\:mm}");

    private static (int Slot, double Value) BestSlot(in Pair pair)
    {
        var times = pair.Candidate.Times;
        var free = pair.Person.FreeTimes;
        var best = (Slot: 0, Value: 0.0);
        for (var i = 0; i < times.Count && best.Value < 1; i++)
        {
            var length = times.Ends[i] - times.Starts[i];
            var value = Math.Min(1.0, free.OverlapMinutes(times.Starts[i], times.Ends[i]) / (double)Math.Min(length, EnoughMinutes));
            if (value > best.Value)
            {
                best = (i, value);
            }
        }
        return best;
    }
}
