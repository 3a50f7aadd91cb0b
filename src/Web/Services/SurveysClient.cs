namespace SocialPrescribing.Web.Services;

/// <summary>
/// A person's single-use survey link, opened and answered at the referrals service with the web's own client-credentials
/// token (the person does not sign in; the token in the link is their key). An unknown link is "page not found".
/// </summary>
public sealed class SurveysClient(HttpClient http) : ServiceClient(http, "referrals")
{
    public Task<SurveyView> GetAsync(string token, CancellationToken cancellationToken) =>
        GetRecordAsync<SurveyView>($"api/surveys/{Uri.EscapeDataString(token)}", cancellationToken);

    public Task<SurveyView> AnswerAsync(string token, IReadOnlyDictionary<string, string?> answers, CancellationToken cancellationToken) =>
        PostAsync<SurveyView>($"api/surveys/{Uri.EscapeDataString(token)}/answers", new SurveyAnswersRequest(new Dictionary<string, string?>(answers)), cancellationToken);
}
