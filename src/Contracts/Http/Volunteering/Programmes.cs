namespace SocialPrescribing.Contracts.Http.Volunteering;

// Funded programmes and the money put into them (volunteering's /api/programmes), the units SROI investment is entered for.

public sealed record ProgrammeRequest(Guid? OrganisationId, string? Name, List<Guid>? ActivityIds);

/// <summary>A programme renamed or given other activities; its organisation stays, as its investment was made to it.</summary>
public sealed record ProgrammeChange(string? Name, List<Guid>? ActivityIds);

public sealed record InvestmentRequest(DateOnly? From, DateOnly? To, decimal? Amount, string? Note);

/// <summary>A programme's hours are the organisation's approved hours on <paramref name="ActivityIds"/>, or all of them when that is empty.</summary>
public sealed record ProgrammeResponse(Guid Id, Guid OrganisationId, string Name, IReadOnlyList<Guid> ActivityIds, DateTimeOffset CreatedAt);

/// <summary>Money put into a programme for a period, and who entered (or last corrected) it.</summary>
public sealed record ProgrammeInvestmentResponse(Guid Id, Guid ProgrammeId, DateOnly From, DateOnly To, decimal Amount, string? Note, string EnteredBy, DateTimeOffset EnteredAt);
