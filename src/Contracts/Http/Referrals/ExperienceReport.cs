namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>How the after-activity ratings fell; the answers and every row withheld together as the referrals report's breakdowns are.</summary>
public sealed record RatingSummary(string? Answered, double? MeanRating, IReadOnlyList<CountRow> ByRating);

/// <param name="Percent">Of those who answered it: agreeing (I statements) or at the best level (carers' items); withheld under 5 answers.</param>
public sealed record StatementRow(string Statement, string Answered, double? Percent);

/// <param name="Identified">People referred in the quarter who are carers.</param>
/// <param name="Supported">Of them, those connected to at least one activity or volunteer (accepted, attended or finished).</param>
public sealed record CarerMeasures(string Identified, string Supported, string Answered, IReadOnlyList<StatementRow> QualityOfLife);

/// <param name="Ratings">After-activity answers from the group, withheld with the totals (see <see cref="RatingSummary"/>).</param>
/// <param name="Agreement">The share of all I-statement answers from the group that agree; withheld under 5 people.</param>
public sealed record ExperienceEquityRow(string Group, string? Ratings, double? MeanRating, string ClosingAnswers, double? Agreement);

public sealed record ExperienceReport(
    DateOnly From,
    DateOnly To,
    Guid? TeamId,
    RatingSummary AfterActivity,
    string ClosingAnswered,
    IReadOnlyList<StatementRow> IStatements,
    CarerMeasures Carers,
    string DeprivationNote,
    IReadOnlyList<ExperienceEquityRow> ByDeprivationDecile,
    IReadOnlyList<ExperienceEquityRow> ByEthnicity,
    IReadOnlyList<ExperienceEquityRow> ByFirstLanguage,
    IReadOnlyList<ExperienceEquityRow> ByCarerStatus);
