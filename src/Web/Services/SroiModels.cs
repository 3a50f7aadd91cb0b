namespace SocialPrescribing.Web.Services;

// What the SROI page asks the volunteering service's report for.

/// <summary>Fractions (0.25 = 25 %) and whole years, as the service takes them; null leaves the service's default.</summary>
public sealed record SroiAssumptions(SroiEstimate? Deadweight, SroiEstimate? Displacement, SroiEstimate? Attribution, SroiEstimate? DropOff, SroiEstimate? DurationYears);

public sealed record SroiWellbeingRequest(SroiAssumptions? Assumptions);

public sealed record SroiOtherOutcomeRequest(string? Name, string? ProxyCode, SroiEstimate? Quantity, SroiAssumptions? Assumptions);

public sealed record SroiReportRequest(
    Guid? OrganisationId,
    Guid? ProgrammeId,
    DateOnly From,
    DateOnly To,
    Guid ValuationSetId,
    SroiAssumptions VolunteerHours,
    SroiWellbeingRequest Wellbeing,
    List<SroiOtherOutcomeRequest> OtherOutcomes);
