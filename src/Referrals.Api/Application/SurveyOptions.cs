namespace SocialPrescribing.Referrals.Application;

/// <summary>The <c>Surveys</c> section: where the public web answers the survey links.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>The web's public address; a link is <c>{WebAddress}/survey/{token}</c>.</summary>
    public Uri WebAddress { get; set; } = new("http://localhost:5000/");

    public Uri LinkFor(string token) => new(WebAddress, $"survey/{token}");
}
