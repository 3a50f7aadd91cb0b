namespace SocialPrescribing.Web.Services;

/// <summary>The directory's yearly VCSE partners' survey, called with the signed-in manager's or commissioner's token.</summary>
public sealed class PartnerSurveyClient(HttpClient http) : ServiceClient(http, DirectoryClient.ServiceName)
{
    public Task<PartnerSurveyStatus> StatusAsync(CancellationToken cancellationToken) =>
        GetAsync<PartnerSurveyStatus>("api/partner-survey", cancellationToken);

    public Task<PartnerSurveyStatus> AnswerAsync(PartnerSurveyRequest answers, CancellationToken cancellationToken) =>
        PostAsync<PartnerSurveyStatus>("api/partner-survey", answers, cancellationToken);

    public Task<PartnerSurveyReport> ReportAsync(int year, CancellationToken cancellationToken) =>
        GetAsync<PartnerSurveyReport>($"api/reports/partner-survey?year={year}", cancellationToken);
}
