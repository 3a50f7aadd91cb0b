namespace SocialPrescribing.Referrals.Domain.Surveys;

/// <summary>One question of a survey, asked on a page of its own.</summary>
/// <param name="Choices">The answers to choose from, best first; empty for a question answered in the person's own words.</param>
/// <param name="Optional">Whether it may be left unanswered.</param>
/// <param name="Topic">What a report calls it, where the question is too long for a table row; the question itself otherwise.</param>
public sealed record SurveyQuestion(string Key, string Text, string? Hint, IReadOnlyList<SurveyChoice> Choices, bool Optional = false, string? Topic = null)
{
    /// <summary>The longest answer in the person's own words.</summary>
    public const int MaxTextLength = 2000;

    public bool IsText => Choices.Count == 0;
}

/// <summary>An answer to choose: its stored value and the words shown.</summary>
public sealed record SurveyChoice(int Value, string Label);
