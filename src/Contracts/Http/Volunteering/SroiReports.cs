namespace SocialPrescribing.Contracts.Http.Volunteering;

// An SROI report as volunteering's POST /api/sroi/reports answers it: the full working, so a person can check every
// figure by hand. Money is in pounds to the penny; factors and ratios are exact.

/// <summary>The report with the figures it was built from, so each can be traced to its source.</summary>
/// <param name="WellbeingRespondents">How many people's wellbeing change is counted, "&lt;5" under five.</param>
public sealed record SroiReportResponse(
    Guid OrganisationId,
    Guid? ProgrammeId,
    string? ProgrammeName,
    IReadOnlyList<Guid> ProgrammeActivityIds,
    ApprovedTimeResponse ApprovedTime,
    IReadOnlyList<ProgrammeInvestmentResponse> Investments,
    string WellbeingSource,
    string WellbeingRespondents,
    decimal Wellbys,
    int ValuationSetVersion,
    SroiWorking Report);

public sealed record ApprovedTimeResponse(long Minutes, long Logs, decimal Hours);

public sealed record SroiWorking(SroiInputResponse Input, IReadOnlyList<SroiOutcomeLine> Outcomes, SroiReportTotals Totals, SroiReportSensitivity Sensitivity);

public sealed record SroiPeriod(DateOnly From, DateOnly To);

public sealed record SroiInputResponse(
    string Organisation, string? Programme, SroiPeriod Period, decimal Investment, ValuationSetResponse ValuationSet, IReadOnlyList<SroiOutcomeInput> Outcomes);

public sealed record SroiOutcomeInput(
    string Name, string ProxyCode, SroiEstimate Quantity, SroiEstimate Deadweight, SroiEstimate Displacement, SroiEstimate Attribution,
    SroiEstimate DropOff, SroiEstimate DurationYears);

/// <summary>One outcome, step by step from quantity × proxy to present value.</summary>
public sealed record SroiOutcomeLine(
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
    IReadOnlyList<SroiYearLine> Years,
    decimal PresentValue);

/// <summary>Year t of an outcome: what is retained, its value and its present value.</summary>
public sealed record SroiYearLine(int Year, decimal ShareRetained, decimal Value, decimal DiscountDivisor, decimal PresentValue);

/// <summary>Ratio = PV ÷ investment; NetRatio = (PV − investment) ÷ investment; PaybackMonths null when it never pays back.</summary>
public sealed record SroiReportTotals(decimal PresentValue, decimal Investment, decimal Ratio, decimal NetRatio, decimal YearOneImpact, decimal? PaybackMonths);

/// <summary>Subject is the outcome name, "proxy &lt;code&gt;" or "all outcomes" (discount rate).</summary>
public sealed record SroiSensitivityLine(string Subject, string Assumption, decimal BaseValue, decimal? Low, decimal? RatioAtLow, decimal? High, decimal? RatioAtHigh);

public sealed record SroiReportSensitivity(decimal BaseRatio, IReadOnlyList<SroiSensitivityLine> Lines, decimal MinRatio, decimal MaxRatio);
