namespace SocialPrescribing.Contracts.Http.Volunteering;

// A volunteer's own quarterly survey and equality data (volunteering's /api/volunteers/{volunteerId}/survey and /equality).

/// <param name="Invited">Whether the volunteer is asked now: approved hours this quarter and no answer yet.</param>
public sealed record SurveyStatusResponse(string Quarter, string QuarterName, bool Invited, bool Answered);

/// <summary>The volunteer's two answers on the agree scale ("strongly-agree", "agree", "neither-agree-nor-disagree", "disagree", "strongly-disagree") and their own words.</summary>
public sealed record SurveyAnswerRequest(string? Useful, string? Supported, string? Comments);

public sealed record SurveyAnswerResponse(Guid Id, string Quarter, string QuarterName, DateTimeOffset AnsweredAt);

/// <param name="Consent">The volunteer's explicit agreement that this special-category data is kept; nothing is stored without it.</param>
/// <param name="AgeBand">An age band as the service spells it ("25-to-34"); likewise the ethnic group ("white-irish") and disability ("yes-a-little").</param>
public sealed record EqualityRequest(bool? Consent, string? AgeBand, string? Ethnicity, string? Disability);

/// <param name="Given">Whether the volunteer has given (and not withdrawn) their consent.</param>
/// <param name="AgeBand">The service's age band as it spells it ("25-to-34"); the enums stay in its domain.</param>
public sealed record EqualityResponse(bool Given, string? AgeBand, string? Ethnicity, string? Disability, DateTimeOffset? ConsentedAt);
