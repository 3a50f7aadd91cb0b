namespace SocialPrescribing.Web.Services;

public sealed record PartnerSurveyStatement(string Field, string Text);

/// <param name="AnsweredAt">When the signed-in manager's organisation answered this year's survey; null while still to answer.</param>
public sealed record PartnerSurveyStatus(int Year, DateTimeOffset? AnsweredAt, List<PartnerSurveyStatement> Statements);

/// <param name="Answers">Each statement's field (as <see cref="PartnerSurveyStatement.Field"/>) and the answer ("agree", "strongly-disagree"…).</param>
public sealed record PartnerSurveyAnswers(IReadOnlyDictionary<string, string?> Answers, string? Comments);

/// <param name="AgreePercent">Null where fewer than 5 organisations answered.</param>
public sealed record PartnerSurveyReportRow(string Field, string Statement, decimal? AgreePercent);

public sealed record PartnerSurveyReport(int Year, string Respondents, List<PartnerSurveyReportRow> Statements, List<string> Comments);

/// <summary>The directory's yearly VCSE partners' survey, called with the signed-in manager's or commissioner's token.</summary>
public sealed class PartnerSurveyClient(HttpClient http) : ServiceClient(http, DirectoryClient.ServiceName)
{
    public Task<PartnerSurveyStatus> StatusAsync(CancellationToken cancellationToken) =>
        GetAsync<PartnerSurveyStatus>("api/partner-survey", cancellationToken);

    public Task<PartnerSurveyStatus> AnswerAsync(PartnerSurveyAnswers answers, CancellationToken cancellationToken) =>
        PostAsync<PartnerSurveyStatus>("api/partner-survey", new Dictionary<string, string?>(answers.Answers) { ["comments"] = answers.Comments }, cancellationToken);

    public Task<PartnerSurveyReport> ReportAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<PartnerSurveyReport>($"api/reports/partner-survey?year={year}", cancellationToken);
}
