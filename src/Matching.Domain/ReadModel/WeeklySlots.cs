using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>Weekly slots as minute-of-week intervals [start, end), sorted by start.</summary>
internal sealed class WeeklySlots
{
    private const int MinutesPerDay = 24 * 60;

    private WeeklySlots(int[] starts, int[] ends)
    {
        Starts = starts;
        Ends = ends;
    }

    public int[] Starts { get; }
    public int[] Ends { get; }
    public int Count => Starts.Length;

    public static WeeklySlots Empty { get; } = new([], []);

    /// <param name="merge">Join overlapping slots, so overlap with them is never counted twice.</param>
    public static WeeklySlots From(IReadOnlyList<TimeSlot> slots, string whose, bool merge)
    {
        var intervals = new List<(int Start, int End)>(slots.Count);
        foreach (var slot in slots)
        {
            if (slot.End <= slot.Start)
            {
                throw new MatchingDomainException($"{whose} has a time slot on {slot.Day} from {slot.Start:HH\\:mm} to {slot.End:HH\\:mm}; a slot must end after it starts on the same day.");
            }
            var dayStart = (int)slot.Day * MinutesPerDay;
            intervals.Add((dayStart + (int)slot.Start.ToTimeSpan().TotalMinutes, dayStart + (int)slot.End.ToTimeSpan().TotalMinutes));
        }
        intervals.Sort();
        if (merge)
        {
            intervals = Merge(intervals);
        }
        return new WeeklySlots([.. intervals.Select(i => i.Start)], [.. intervals.Select(i => i.End)]);
    }

    /// <summary>Minutes of [start, end) covered by these (merged) slots.</summary>
    public int OverlapMinutes(int start, int end)
    {
        var total = 0;
        for (var i = 0; i < Starts.Length && Starts[i] < end; i++)
        {
            var overlap = Math.Min(end, Ends[i]) - Math.Max(start, Starts[i]);
            if (overlap > 0)
            {
                total += overlap;
            }
        }
        return total;
    }

    public static TimeSlot ToTimeSlot(int start, int end) =>
        new((DayOfWeek)(start / MinutesPerDay), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(start % MinutesPerDay)),
            TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(end % MinutesPerDay)));

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> sorted)
    {
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var interval in sorted)
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }
        return merged;
    }
}
