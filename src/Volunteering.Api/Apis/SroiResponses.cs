using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.Apis;

/// <summary>Programmes, valuation sets and SROI reports as the API answers them, in the shared contracts' shapes.</summary>
public static class SroiResponses
{
    extension(ProgrammeResponse)
    {
        public static ProgrammeResponse Of(Programme p) => new(p.Id, p.OrganisationId, p.Name, p.ActivityIds, p.CreatedAt);
    }

    extension(ProgrammeInvestmentResponse)
    {
        public static ProgrammeInvestmentResponse Of(ProgrammeInvestment i) => new(i.Id, i.ProgrammeId, i.From, i.To, i.Amount, i.Note, i.EnteredBy, i.EnteredAt);
    }

    extension(StoredValuationSetResponse)
    {
        public static StoredValuationSetResponse Of(StoredValuationSet s) => new(s.Id, s.Version, ValuationSetResponse.Of(s.Set), s.CreatedBy, s.CreatedAt);
    }

    extension(ValuationSetResponse)
    {
        public static ValuationSetResponse Of(ValuationSet s) => new(
            s.Id, s.Version, s.Name, s.EffectiveFrom, s.EffectiveTo, s.PriceYear, s.DiscountRate.ToContract(), s.DiscountRateSource,
            [.. s.Proxies.Select(p => new FinancialProxyResponse(p.Code, p.Description, p.Unit, p.Value, p.Low, p.High, p.Source, p.PriceYear, p.LicenceControlled, p.Licensee))],
            s.PriceIndex, s.PriceIndexSource);
    }

    extension(SroiReportResponse)
    {
        public static SroiReportResponse Of(SroiReportResult r) => new(
            r.OrganisationId, r.ProgrammeId, r.ProgrammeName, r.ProgrammeActivityIds,
            new ApprovedTimeResponse(r.ApprovedTime.Minutes, r.ApprovedTime.Logs, r.ApprovedTime.Hours),
            [.. r.Investments.Select(ProgrammeInvestmentResponse.Of)],
            r.WellbeingSource, r.WellbeingRespondents, r.Wellbys, r.ValuationSetVersion, WorkingOf(r.Report));
    }

    private static SroiWorking WorkingOf(SroiReport report) => new(
        new SroiInputResponse(
            report.Input.Organisation, report.Input.Programme, new SroiPeriod(report.Input.Period.From, report.Input.Period.To), report.Input.Investment,
            ValuationSetResponse.Of(report.Input.ValuationSet),
            [.. report.Input.Outcomes.Select(o => new SroiOutcomeInput(
                o.Name, o.ProxyCode, o.Quantity.ToContract(), o.Deadweight.ToContract(), o.Displacement.ToContract(), o.Attribution.ToContract(),
                o.DropOff.ToContract(), o.DurationYears.ToContract()))]),
        [.. report.Outcomes.Select(o => new SroiOutcomeLine(
            o.Name, o.ProxyCode, o.Unit, o.Quantity, o.ProxyValue, o.ProxyPriceYear, o.ProxySource, o.UpratingFactor, o.ValuePerUnit,
            o.GrossValue, o.Deadweight, o.AfterDeadweight, o.Displacement, o.AfterDisplacement, o.Attribution, o.YearOneImpact, o.DropOff,
            o.DurationYears, [.. o.Years.Select(y => new SroiYearLine(y.Year, y.ShareRetained, y.Value, y.DiscountDivisor, y.PresentValue))], o.PresentValue))],
        new SroiReportTotals(report.Totals.PresentValue, report.Totals.Investment, report.Totals.Ratio, report.Totals.NetRatio, report.Totals.YearOneImpact, report.Totals.PaybackMonths),
        new SroiReportSensitivity(
            report.Sensitivity.BaseRatio,
            [.. report.Sensitivity.Lines.Select(l => new SroiSensitivityLine(l.Subject, l.Assumption, l.BaseValue, l.Low, l.RatioAtLow, l.High, l.RatioAtHigh))],
            report.Sensitivity.MinRatio, report.Sensitivity.MaxRatio));
}
