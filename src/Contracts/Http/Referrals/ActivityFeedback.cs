namespace SocialPrescribing.Contracts.Http.Referrals;

/// <param name="ActivityName">As it was called when the person was asked; null when the directory could not say.</param>
public sealed record ActivityFeedback(
    Guid ActivityId, string? ActivityName, int Answers, double MeanRating, IReadOnlyList<RatingCount> Ratings, IReadOnlyList<FeedbackComment> Comments);

public sealed record RatingCount(string Rating, int Answers);

/// <summary>What helped, in the person's own words, beside the rating they gave; newest first.</summary>
public sealed record FeedbackComment(string Rating, string Text);
