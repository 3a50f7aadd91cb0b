using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>
/// Between the SROI form and the service: the request it sends (percentages become fractions), and
/// where on the form each of the service's field errors belongs.
/// </summary>
public static class SroiRequests
{
    public static SroiReportRequest Of(SroiReportInput input, SroiScope scope) => new(
        scope.OrganisationId,
        scope.ProgrammeId,
        input.From!.Value,
        input.To!.Value,
        input.ValuationSetId!.Value,
        ValuationSetVersion: null,
        AssumptionsOf(input.VolunteerHours),
        new WellbeingRequest(Changes: null, AssumptionsOf(input.Wellbeing)),
        input.Other.IsGiven
            ? [new OtherOutcomeRequest(input.Other.Name?.Trim(), input.Other.ProxyCode, EstimateOf(input.Other.Quantity, 1m), AssumptionsOf(input.Other.Assumptions))]
            : []);

    private static OutcomeAssumptions AssumptionsOf(OutcomeAssumptionsInput a) => new(
        EstimateOf(a.Deadweight, 100m),
        EstimateOf(a.Displacement, 100m),
        EstimateOf(a.Attribution, 100m),
        EstimateOf(a.DropOff, 100m),
        EstimateOf(a.DurationYears, 1m));

    private static SroiEstimate? EstimateOf(EstimateInput e, decimal per) =>
        e.Value is { } value ? new SroiEstimate(value / per, e.Low / per, e.High / per) : null;

    /// <summary>
    /// "volunteerHours.deadweight.low" → "Input.VolunteerHours.Deadweight.Low";
    /// "otherOutcomes[0].dropOff" → "Input.Other.Assumptions.DropOff.Value"; anything else goes to the top ("").
    /// </summary>
    public static string FieldOf(string serviceKey)
    {
        var parts = serviceKey.Split('.');
        var (path, rest) = parts[0] switch
        {
            "from" or "to" when parts.Length == 1 => (Pascal(parts[0]), Array.Empty<string>()),
            "organisationId" or "programmeId" or "investment" => (nameof(SroiReportInput.Scope), []),
            "valuationSetId" => (nameof(SroiReportInput.ValuationSetId), []),
            "volunteerHours" => (nameof(SroiReportInput.VolunteerHours), parts[1..]),
            "wellbeing" when parts.Length > 2 && parts[1] == "assumptions" => (nameof(SroiReportInput.Wellbeing), parts[2..]),
            "otherOutcomes[0]" when parts.Length > 1 && parts[1] is "name" or "proxyCode" => ($"{nameof(SroiReportInput.Other)}.{Pascal(parts[1])}", []),
            "otherOutcomes[0]" when parts.Length > 1 && parts[1] == "quantity" => ($"{nameof(SroiReportInput.Other)}", parts[1..]),
            "otherOutcomes[0]" when parts.Length > 1 => ($"{nameof(SroiReportInput.Other)}.{nameof(OtherOutcomeInput.Assumptions)}", parts[1..]),
            _ => ("", []),
        };
        if (path.Length == 0)
        {
            return "";
        }
        if (rest.Length > 0)
        {
            // An estimate: its best value unless the service named the low or high one.
            path += "." + Pascal(rest[0]) + "." + (rest.Length > 1 && rest[1] is "low" or "high" ? Pascal(rest[1]) : nameof(EstimateInput.Value));
        }
        return $"Input.{path}";
    }

    private static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];
}
