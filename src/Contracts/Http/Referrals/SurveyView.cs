namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>What the survey page needs: its questions in order and whether it can still be answered; never who it is for.</summary>
/// <param name="Kind">"after-activity", "closing" or "carer".</param>
/// <param name="State">"open", "answered" or "expired".</param>
public sealed record SurveyView(string Kind, string State, string? ActivityName, DateTimeOffset ExpiresAt, IReadOnlyList<SurveyQuestion> Questions);

/// <summary>One question of a survey; no choices means an answer in the person's own words.</summary>
/// <param name="Topic">What a report calls it, where the question is too long for a table row; the question itself otherwise.</param>
public sealed record SurveyQuestion(string Key, string Text, string? Hint, IReadOnlyList<SurveyChoice> Choices, bool Optional, string? Topic);

public sealed record SurveyChoice(int Value, string Label);

/// <param name="Answers">By question key: a choice's value, or the words typed.</param>
public sealed record SurveyAnswersRequest(Dictionary<string, string?>? Answers);
