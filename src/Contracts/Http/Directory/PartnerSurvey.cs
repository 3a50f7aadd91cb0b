using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http.Directory;

/// <summary>How far a VCSE partner agrees with a statement (a five-point Likert scale), kebab-case on the wire.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Agreement>))]
public enum Agreement
{
    StronglyDisagree,
    Disagree,
    NeitherAgreeNorDisagree,
    Agree,
    StronglyAgree,
}

/// <param name="Year">The calendar year the survey is open for (UK time).</param>
/// <param name="AnsweredAt">When the organisation answered this year's survey; null while it is still to be asked.</param>
public sealed record PartnerSurveyStatus(int Year, DateTimeOffset? AnsweredAt, IReadOnlyList<PartnerSurveyQuestion> Statements);

public sealed record PartnerSurveyQuestion(string Field, string Text);

public sealed record PartnerSurveyRequest(
    Agreement? RelationshipWithCommissioners,
    Agreement? AbleToAddValue,
    Agreement? ReferralsAppropriate,
    Agreement? FundingAndCapacity,
    string? Comments);

/// <param name="AgreePercent">Organisations that agree or strongly agree, as a percentage to one place; null under 5 respondents.</param>
public sealed record PartnerSurveyReportRow(string Field, string Statement, decimal? AgreePercent);

/// <param name="Respondents">Organisations that answered; under 5 shown as "&lt;5", and then nothing else is shown.</param>
/// <param name="Comments">What organisations added in their own words, unattributed and in no order; none under 5 respondents.</param>
public sealed record PartnerSurveyReport(int Year, string Respondents, IReadOnlyList<PartnerSurveyReportRow> Statements, IReadOnlyList<string> Comments);
