using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Wellbeing;

/// <summary>
/// The Short Warwick-Edinburgh Mental Wellbeing Scale: seven statements about the last two weeks,
/// each answered 1 (none of the time) to 5 (all of the time). A person may decline a statement
/// (null): the answers given are kept, but the scale is scored only when all seven are answered,
/// as its authors require, so <see cref="RawTotal"/> and <see cref="MetricScore"/> are null until then.
/// </summary>
public sealed record SwemwbsScores
{
    public const int Lowest = 1;
    public const int Highest = 5;
    public const int ItemCount = 7;

    /// <summary>The items' names in the scale's order, as forms and the follow-up survey key them.</summary>
    public static readonly IReadOnlyList<string> FieldNames =
        ["optimistic", "useful", "relaxed", "dealingWithProblems", "thinkingClearly", "closeToOthers", "ownMind"];

    public SwemwbsScores(int optimistic, int useful, int relaxed, int dealingWithProblems, int thinkingClearly, int closeToOthers, int ownMind)
        : this(new int?[] { optimistic, useful, relaxed, dealingWithProblems, thinkingClearly, closeToOthers, ownMind })
    {
    }

    /// <param name="items">The seven answers in the scale's order, null where the person preferred not to say.</param>
    public SwemwbsScores(IReadOnlyList<int?> items)
    {
        if (items.Count != ItemCount)
        {
            throw new DomainException($"SWEMWBS has {ItemCount} items; {items.Count} were given.", "items");
        }
        var errors = new FieldErrors();
        for (var i = 0; i < ItemCount; i++)
        {
            errors.Check(items[i] is null or (>= Lowest and <= Highest), FieldNames[i], $"A SWEMWBS answer is from {Lowest} to {Highest}; {items[i]} is out of range.");
        }
        errors.Check(items.Any(item => item is not null), "swemwbs", "At least one SWEMWBS statement needs an answer; leave SWEMWBS out when all were declined.");
        errors.ThrowIfAny();
        (Optimistic, Useful, Relaxed, DealingWithProblems, ThinkingClearly, CloseToOthers, OwnMind) =
            (items[0], items[1], items[2], items[3], items[4], items[5], items[6]);
    }

    /// <summary>"I've been feeling optimistic about the future"</summary>
    public int? Optimistic { get; }

    /// <summary>"I've been feeling useful"</summary>
    public int? Useful { get; }

    /// <summary>"I've been feeling relaxed"</summary>
    public int? Relaxed { get; }

    /// <summary>"I've been dealing with problems well"</summary>
    public int? DealingWithProblems { get; }

    /// <summary>"I've been thinking clearly"</summary>
    public int? ThinkingClearly { get; }

    /// <summary>"I've been feeling close to other people"</summary>
    public int? CloseToOthers { get; }

    /// <summary>"I've been able to make up my own mind about things"</summary>
    public int? OwnMind { get; }

    public IReadOnlyList<int?> Items => [Optimistic, Useful, Relaxed, DealingWithProblems, ThinkingClearly, CloseToOthers, OwnMind];

    public bool IsComplete => Items.All(item => item is not null);

    /// <summary>7 to 35, when all seven are answered.</summary>
    public int? RawTotal => IsComplete ? Items.Sum() : null;

    public decimal? MetricScore => RawTotal is { } total ? SwemwbsConversion.ToMetric(total) : null;
}
