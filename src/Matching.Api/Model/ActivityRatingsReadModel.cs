namespace SocialPrescribing.Matching.Model;

/// <summary>
/// What people who attended an activity rated it (1 to 5), as a count and a sum so each new rating is one atomic
/// addition. Kept apart from <see cref="ActivityReadModel"/>: a rating may arrive before the activity is known here,
/// and the activity's ratings stand while it is withdrawn and published again.
/// </summary>
public sealed class ActivityRatingsReadModel
{
    public Guid ActivityId { get; init; }
    public int Count { get; set; }
    public int Sum { get; set; }
    public DateTimeOffset LastRatedAt { get; set; }
}
