namespace SocialPrescribing.Web.Services;

/// <summary>The volunteer's two answers on the agree scale ("strongly-agree" … "strongly-disagree") and their own words.</summary>
public sealed record SurveyAnswer(string? Useful, string? Supported, string? Comments);
