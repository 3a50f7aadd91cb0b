namespace SocialPrescribing.Web.Services;

/// <summary>An activity's after-activity answers as its organisation sees them: ratings and comments, no names, no dates.</summary>
public sealed record ActivityFeedback(
    Guid ActivityId, string? ActivityName, int Answers, double MeanRating, IReadOnlyList<RatingCount> Ratings, IReadOnlyList<FeedbackComment> Comments);

public sealed record RatingCount(string Rating, int Answers);

public sealed record FeedbackComment(string Rating, string Text);
