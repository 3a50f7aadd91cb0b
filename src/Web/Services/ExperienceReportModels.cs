namespace SocialPrescribing.Web.Services;

// The referrals service's experience report as it answers it: counts are text ("<5" under five) and null where withheld.

public sealed record RatingSummary(string? Answered, double? MeanRating, List<ReportCount> ByRating);

/// <param name="Percent">Agreeing (I statements) or at the best level (carers); null under 5 answers.</param>
public sealed record StatementRow(string Statement, string Answered, double? Percent);

public sealed record CarerMeasures(string Identified, string Supported, string Answered, List<StatementRow> QualityOfLife);

public sealed record ExperienceEquityRow(string Group, string? Ratings, double? MeanRating, string ClosingAnswers, double? Agreement);

public sealed record ExperienceReport(
    DateOnly From,
    DateOnly To,
    Guid? TeamId,
    RatingSummary AfterActivity,
    string ClosingAnswered,
    List<StatementRow> IStatements,
    CarerMeasures Carers,
    string DeprivationNote,
    List<ExperienceEquityRow> ByDeprivationDecile,
    List<ExperienceEquityRow> ByEthnicity,
    List<ExperienceEquityRow> ByFirstLanguage,
    List<ExperienceEquityRow> ByCarerStatus);
