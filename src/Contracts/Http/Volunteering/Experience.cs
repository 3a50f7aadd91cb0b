namespace SocialPrescribing.Contracts.Http.Volunteering;

// A volunteer's own quarterly survey and equality data (volunteering's /api/volunteers/{volunteerId}/survey and /equality).

/// <param name="Invited">Whether the volunteer is asked now: approved hours this quarter and no answer yet.</param>
public sealed record SurveyStatusResponse(string Quarter, string QuarterName, bool Invited, bool Answered);

public sealed record SurveyAnswerResponse(Guid Id, string Quarter, string QuarterName, DateTimeOffset AnsweredAt);

/// <param name="Given">Whether the volunteer has given (and not withdrawn) their consent.</param>
/// <param name="AgeBand">The service's age band as it spells it ("25-to-34"); the enums stay in its domain.</param>
public sealed record EqualityResponse(bool Given, string? AgeBand, string? Ethnicity, string? Disability, DateTimeOffset? ConsentedAt);
