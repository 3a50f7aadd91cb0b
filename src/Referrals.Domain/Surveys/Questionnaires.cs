using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Domain.Surveys;

/// <summary>
/// The questions of each survey and the one check of their answers. Values are stored, labels shown: the after-activity
/// rating is 1 (very poor) to 5 (very good); an I statement is 1 (strongly disagree) to 5 (strongly agree); a carer's
/// quality-of-life item is 1 (the worst of three levels) to 3 (the best), as the Survey of Adult Carers in England scores them;
/// a SWEMWBS statement is 1 (none of the time) to 5 (all of the time), as the scale scores it.
/// </summary>
public static class Questionnaires
{
    public const string Rating = "rating";
    public const string Helped = "helped";

    /// <summary>"Agree" or "strongly agree": what the report counts as agreeing with an I statement.</summary>
    public const int AgreesFrom = 4;

    /// <summary>A carer's best level of an item ("as much as I want"), which the report counts.</summary>
    public const int CarerBestLevel = 3;

    private static readonly IReadOnlyList<SurveyChoice> RatingScale =
    [
        new(5, "Very good"), new(4, "Good"), new(3, "Neither good nor poor"), new(2, "Poor"), new(1, "Very poor"),
    ];

    private static readonly IReadOnlyList<SurveyChoice> AgreeScale =
    [
        new(5, "Strongly agree"), new(4, "Agree"), new(3, "Neither agree nor disagree"), new(2, "Disagree"), new(1, "Strongly disagree"),
    ];

    private static readonly IReadOnlyList<SurveyChoice> HowOftenScale =
    [
        new(1, "None of the time"), new(2, "Rarely"), new(3, "Some of the time"), new(4, "Often"), new(5, "All of the time"),
    ];

    /// <summary>SWEMWBS's seven statements, in the scale's order and keyed by its items' names.</summary>
    public static readonly IReadOnlyList<SurveyQuestion> SwemwbsStatements =
    [
        .. new[]
        {
            "I've been feeling optimistic about the future", "I've been feeling useful", "I've been feeling relaxed",
            "I've been dealing with problems well", "I've been thinking clearly", "I've been feeling close to other people",
            "I've been able to make up my own mind about things",
        }.Select((text, i) => new SurveyQuestion(SwemwbsScores.FieldNames[i], text, "Over the last 2 weeks, how often?", HowOftenScale)),
    ];

    /// <summary>National Voices' "I statements" for person-centred, coordinated care.</summary>
    public static readonly IReadOnlyList<SurveyQuestion> IStatements =
    [
        Statement("listened", "I was listened to"),
        Statement("had-a-say", "I had a say in what support I got"),
        Statement("what-matters", "I was supported to do what matters to me"),
        Statement("knew-who", "I knew who to contact if I needed help"),
        Statement("joined-up", "The support I got was joined up"),
    ];

    /// <summary>Quality-of-life items modelled on the Survey of Adult Carers in England, each at three levels, the best first.</summary>
    public static readonly IReadOnlyList<SurveyQuestion> CarerItems =
    [
        Carer("control", "Control over daily life", "Thinking about how much control you have over your daily life, which is closest to how you feel?",
            "I have as much control over my daily life as I want", "I have some control over my daily life, but not enough", "I have no control over my daily life"),
        Carer("self-care", "Looking after yourself", "Thinking about how well you look after yourself (getting enough sleep, eating well), which is closest to how you feel?",
            "I look after myself", "Sometimes I cannot look after myself well enough", "I feel I am neglecting myself"),
        Carer("own-time", "Time for yourself", "Thinking about how you spend your time, which is closest to how you feel?",
            "I have enough time to do things I value and enjoy", "I have some time to do things I value and enjoy, but not enough", "I have no time to do things I value and enjoy"),
        Carer("supported", "Feeling supported and encouraged", "Thinking about feeling supported and encouraged in your caring role, which is closest to how you feel?",
            "I feel I have the support and encouragement I need", "I feel I have some support and encouragement, but not enough", "I feel I have no support or encouragement"),
        Carer("safety", "Personal safety", "Thinking about your personal safety, which is closest to how you feel?",
            "I have no worries about my personal safety", "I have some worries about my personal safety", "I am extremely worried about my personal safety"),
    ];

    public static IReadOnlyList<SurveyQuestion> For(SurveyKind kind, string? activityName) => kind switch
    {
        SurveyKind.AfterActivity =>
        [
            new(Rating, $"How would you rate {activityName ?? "the activity"}?", null, RatingScale),
            new(Helped, "What helped, in your own words?", "For example, meeting people, getting out of the house or learning something new. You can leave this empty.", [], Optional: true),
        ],
        SurveyKind.Closing => IStatements,
        SurveyKind.FollowUpWellbeing => SwemwbsStatements,
        _ => CarerItems,
    };

    /// <summary>Every problem at once, keyed by question, in the survey's order; otherwise the answers.</summary>
    public static SurveyAnswers Check(SurveyKind kind, IReadOnlyDictionary<string, string?> answers)
    {
        var errors = new FieldErrors();
        var choices = new Dictionary<string, int>(StringComparer.Ordinal);
        string? comment = null;
        foreach (var question in For(kind, null))
        {
            var given = answers.GetValueOrDefault(question.Key)?.Trim();
            if (question.IsText)
            {
                errors.Check(given is not { Length: > SurveyQuestion.MaxTextLength }, question.Key,
                    $"Your answer must be {SurveyQuestion.MaxTextLength} characters or fewer");
                comment = string.IsNullOrEmpty(given) ? null : given;
            }
            else if (int.TryParse(given, out var value) && question.Choices.Any(c => c.Value == value))
            {
                choices[question.Key] = value;
            }
            else
            {
                errors.Check(question.Optional && string.IsNullOrEmpty(given), question.Key, "Select an answer");
            }
        }
        foreach (var unknown in answers.Keys.Where(k => For(kind, null).All(q => q.Key != k)))
        {
            errors.Add(unknown, "This survey has no such question");
        }
        errors.ThrowIfAny();
        return new SurveyAnswers(choices, comment);
    }

    private static SurveyQuestion Statement(string key, string text) =>
        new(key, text, "How much do you agree?", AgreeScale);

    private static SurveyQuestion Carer(string key, string topic, string text, string best, string some, string worst) =>
        new(key, text, null, [new(3, best), new(2, some), new(1, worst)], Topic: topic);
}
