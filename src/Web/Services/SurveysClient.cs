namespace SocialPrescribing.Web.Services;

/// <summary>One question of a survey, as the referrals service asks it; no choices means an answer in the person's own words.</summary>
public sealed record SurveyQuestion(string Key, string Text, string? Hint, IReadOnlyList<SurveyChoice> Choices, bool Optional)
{
    public const int MaxTextLength = 2000;

    public bool IsText => Choices.Count == 0;

    /// <summary>What the person chose or wrote, as the check page shows it.</summary>
    public string Shown(string? answer) =>
        string.IsNullOrWhiteSpace(answer) ? "Not answered"
        : IsText ? answer
        : Choices.FirstOrDefault(c => c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == answer)?.Label ?? "Not answered";
}

public sealed record SurveyChoice(int Value, string Label);

/// <param name="Kind">AfterActivity, Closing or Carer.</param>
/// <param name="State">Open, Answered or Expired.</param>
public sealed record SurveyView(string Kind, string State, string? ActivityName, DateTimeOffset ExpiresAt, IReadOnlyList<SurveyQuestion> Questions)
{
    public bool IsOpen => State == "Open";
}

/// <summary>
/// A person's single-use survey link, opened and answered at the referrals service with the web's own client-credentials
/// token (the person does not sign in; the token in the link is their key). An unknown link is "page not found".
/// </summary>
public sealed class SurveysClient(HttpClient http) : ServiceClient(http, "referrals")
{
    public Task<SurveyView> GetAsync(string token, CancellationToken cancellationToken) =>
        GetRecordAsync<SurveyView>($"api/surveys/{Uri.EscapeDataString(token)}", cancellationToken);

    public Task<SurveyView> AnswerAsync(string token, IReadOnlyDictionary<string, string?> answers, CancellationToken cancellationToken) =>
        PostAsync<SurveyView>($"api/surveys/{Uri.EscapeDataString(token)}/answers", new { answers }, cancellationToken);
}
