namespace SocialPrescribing.Web.Services;

/// <summary>This quarter's survey for the signed-in volunteer: whether they are asked (approved hours, no answer yet).</summary>
public sealed record SurveyStatus(string Quarter, string QuarterName, bool Invited, bool Answered);

/// <summary>The volunteer's two answers on the agree scale ("strongly-agree" … "strongly-disagree") and their own words.</summary>
public sealed record SurveyAnswer(string? Useful, string? Supported, string? Comments);

public sealed record SurveyAnswerSent(Guid Id, string Quarter, string QuarterName, DateTimeOffset AnsweredAt);

/// <summary>The volunteer's equality data; <see cref="Given"/> false when they have not consented (or withdrew).</summary>
public sealed record EqualityAnswers(bool Given, string? AgeBand, string? Ethnicity, string? Disability, DateTimeOffset? ConsentedAt);

/// <summary>A group's effort in a quarter; null where the service withheld it so no small number can be worked out.</summary>
public sealed record EffortFigures(string? Volunteers, decimal? ApprovedHours, int? Roles);

public sealed record DiversityRow(string Group, EffortFigures Current, EffortFigures Previous, long? VolunteersChange, decimal? ApprovedHoursChange);

public sealed record SurveyResults(string Respondents, double? AgreeUsefulPercent, double? AgreeSupportedPercent);

/// <summary>Volunteering effort by equality group for a quarter against the one before, and the quarterly survey's results.</summary>
public sealed record DiversityReport(
    DateOnly From,
    DateOnly To,
    DateOnly PreviousFrom,
    DateOnly PreviousTo,
    string? DeprivationSource,
    DiversityRow Total,
    IReadOnlyList<DiversityRow> ByAgeBand,
    IReadOnlyList<DiversityRow> ByEthnicity,
    IReadOnlyList<DiversityRow> ByDisability,
    IReadOnlyList<DiversityRow> ByDeprivationQuintile,
    SurveyResults Survey,
    SurveyResults PreviousSurvey);
