namespace SocialPrescribing.Web.Services;

// The volunteering service's commissioning API (programmes, valuation sets, SROI reports),
// reduced to what the SROI page asks for and shows.

public sealed record SroiProgramme(Guid Id, Guid OrganisationId, string Name, List<Guid>? ActivityIds = null);

/// <summary>Money put into a programme for a period, and who entered (or last corrected) it.</summary>
public sealed record ProgrammeInvestment(Guid Id, Guid ProgrammeId, DateOnly From, DateOnly To, decimal Amount, string? Note, string EnteredBy, DateTimeOffset EnteredAt);

/// <summary>An assumption with its best value and the low and high values the sensitivity analysis tries.</summary>
public sealed record SroiEstimate(decimal Value, decimal? Low = null, decimal? High = null);

public sealed record SroiProxy(string Code, string Description, string Unit, decimal Value, decimal? Low, decimal? High, string Source, int PriceYear);

public sealed record SroiValuationSet(Guid Id, int Version, string Name, int PriceYear, SroiEstimate DiscountRate, string DiscountRateSource, List<SroiProxy> Proxies);

/// <summary>One stored version of a valuation set.</summary>
public sealed record StoredSroiValuationSet(Guid Id, int Version, SroiValuationSet Set);

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

public sealed record SroiApprovedTime(long Minutes, long Logs);

public sealed record SroiInvestment(DateOnly From, DateOnly To, decimal Amount, string? Note);

public sealed record SroiPeriod(DateOnly From, DateOnly To);

public sealed record SroiReportInputs(string Organisation, string? Programme, SroiPeriod Period, decimal Investment, SroiValuationSet ValuationSet);

public sealed record SroiYear(int Year, decimal ShareRetained, decimal Value, decimal DiscountDivisor, decimal PresentValue);

public sealed record SroiOutcome(
    string Name,
    string ProxyCode,
    string Unit,
    decimal Quantity,
    decimal ProxyValue,
    int ProxyPriceYear,
    string ProxySource,
    decimal UpratingFactor,
    decimal ValuePerUnit,
    decimal GrossValue,
    decimal Deadweight,
    decimal AfterDeadweight,
    decimal Displacement,
    decimal AfterDisplacement,
    decimal Attribution,
    decimal YearOneImpact,
    decimal DropOff,
    int DurationYears,
    List<SroiYear> Years,
    decimal PresentValue);

public sealed record SroiTotals(decimal PresentValue, decimal Investment, decimal Ratio, decimal NetRatio, decimal YearOneImpact, decimal? PaybackMonths);

public sealed record SroiSensitivityLine(string Subject, string Assumption, decimal BaseValue, decimal? Low, decimal? RatioAtLow, decimal? High, decimal? RatioAtHigh);

public sealed record SroiSensitivity(decimal BaseRatio, List<SroiSensitivityLine> Lines, decimal MinRatio, decimal MaxRatio);

public sealed record SroiWorking(SroiReportInputs Input, List<SroiOutcome> Outcomes, SroiTotals Totals, SroiSensitivity Sensitivity);

public sealed record SroiReport(
    Guid OrganisationId,
    Guid? ProgrammeId,
    string? ProgrammeName,
    SroiApprovedTime ApprovedTime,
    List<SroiInvestment> Investments,
    string WellbeingSource,
    string WellbeingRespondents,
    decimal Wellbys,
    int ValuationSetVersion,
    SroiWorking Report)
{
    /// <summary>The volunteering service's proxy for a change in life satisfaction.</summary>
    public const string WellbyProxyCode = "wellby";

    /// <summary>Whether anyone's wellbeing change is valued: the count of respondents says "&lt;5" for none as for a few.</summary>
    public bool ValuesWellbeing => Report.Outcomes.Any(o => o.ProxyCode == WellbyProxyCode);
}
