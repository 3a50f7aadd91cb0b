namespace SocialPrescribing.Referrals.Domain.Surveys;

/// <summary>A survey's answers, checked against its questions: the chosen values by question, and the one answer in the person's own words.</summary>
public sealed record SurveyAnswers(IReadOnlyDictionary<string, int> Choices, string? Comment);
