using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Contracts.Reports;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Sroi;
using SocialPrescribing.Volunteering.Domain.Validation;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>
/// Assembles an SROI report: the scope's approved hours (summed by the database), the investment
/// recorded for the scope and period, the wellbeing change and other outcomes given, valued with a
/// stored valuation set version by <see cref="SroiCalculator"/>.
/// </summary>
public sealed class SroiReports(VolunteeringContext db, HourTotalsQueries hours, ValuationSets valuationSets)
{
    public const string VolunteerTimeOutcome = "Volunteer time";
    public const string WellbeingOutcome = "Wellbeing (life satisfaction)";
    public const string WellbeingFromRequest = "request";
    public const string WellbeingFromOutcomeEvents = "referrals outcome events";

    public async Task<SroiReportResult> CreateAsync(SroiReportRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (request.OrganisationId is null) errors.Add("organisationId", "The organisation the report covers is required.");
        if (request.From is null) errors.Add("from", "The first day of the period is required.");
        if (request.To is null) errors.Add("to", "The last day of the period is required.");
        else if (request.To < request.From) errors.Add("to", "Must not be before the first day.");
        if (request.ValuationSetId is null) errors.Add("valuationSetId", "The valuation set to value outcomes with is required.");
        errors.ThrowIfAny();

        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken);
        if (organisation is null) errors.Add("organisationId", $"Unknown organisation {request.OrganisationId}: it is not registered for volunteering.");
        var programme = request.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId && p.OrganisationId == request.OrganisationId, cancellationToken)
            : null;
        if (request.ProgrammeId is not null && programme is null) errors.Add("programmeId", "The organisation has no such programme.");
        var stored = await valuationSets.FindAsync(request.ValuationSetId!.Value, request.ValuationSetVersion, cancellationToken);
        if (stored is null) errors.Add("valuationSetId", "No such valuation set (or version).");
        errors.ThrowIfAny();

        var period = new DatePeriod(request.From!.Value, request.To!.Value);
        var approved = await hours.ApprovedAsync(organisation!.Id, programme?.ActivityIds, period, cancellationToken);
        var investments = await InvestmentsAsync(organisation.Id, programme?.Id, period, cancellationToken);
        var investment = investments.Sum(i => i.Amount);
        if (investment <= 0m)
        {
            errors.Add("investment", $"No investment is recorded for {(programme is null ? "the organisation's programmes" : $"programme \"{programme.Name}\"")} " +
                $"wholly within {period}; a commissioner enters it with POST /api/programmes/{{programmeId}}/investments.");
        }

        var (changes, wellbeingSource) = request.Wellbeing?.Changes is { } given
            ? ([.. given.Select(c => new LifeSatisfactionChange(c.Before, c.After))], WellbeingFromRequest)
            : (await RecordedChangesAsync(organisation.Id, period, cancellationToken), WellbeingFromOutcomeEvents);
        var wellbys = WellbysOf(changes, errors);
        var (outcomes, fields) = Outcomes(request, approved, wellbys, changes.Count > 0);
        var input = new SroiInput
        {
            Organisation = organisation.Name,
            Programme = programme?.Name,
            Period = period,
            Investment = investment,
            ValuationSet = stored!.Set,
            Outcomes = outcomes,
        };
        foreach (var (field, messages) in input.Validate().Where(e => e.Key != "investment"))
        {
            foreach (var message in messages)
            {
                errors.Add(RequestFieldOf(field, fields), message);
            }
        }
        errors.ThrowIfAny();

        return new SroiReportResult(
            organisation.Id, programme?.Id, programme?.Name, programme?.ActivityIds ?? [],
            approved, investments, wellbeingSource, Suppression.Count(changes.Count), wellbys, stored.Version,
            SroiCalculator.Calculate(input));
    }

    /// <summary>Investments of the programme (or of all the organisation's programmes) that lie wholly within the period.</summary>
    private async Task<List<ProgrammeInvestment>> InvestmentsAsync(Guid organisationId, Guid? programmeId, DatePeriod period, CancellationToken cancellationToken) =>
        await db.ProgrammeInvestments.AsNoTracking()
            .Where(i => (programmeId == null
                            ? db.Programmes.Any(p => p.Id == i.ProgrammeId && p.OrganisationId == organisationId)
                            : i.ProgrammeId == programmeId)
                        && i.From >= period.From && i.To <= period.To)
            .OrderBy(i => i.From)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The latest life-satisfaction change recorded in the period for each referral that attended the
    /// organisation (one per person and referral, so a follow-up and an exit are not both counted).
    /// </summary>
    private async Task<List<LifeSatisfactionChange>> RecordedChangesAsync(Guid organisationId, DatePeriod period, CancellationToken cancellationToken)
    {
        var latest = await db.WellbeingOutcomes.AsNoTracking()
            .Where(o => o.RecordedOn >= period.From && o.RecordedOn <= period.To
                        && db.ReferralAttendances.Any(a => a.ReferralId == o.ReferralId && a.OrganisationId == organisationId))
            .GroupBy(o => o.ReferralId)
            .Select(g => g.OrderByDescending(o => o.RecordedOn).ThenByDescending(o => o.MeasurementId).First())
            .ToListAsync(cancellationToken);
        return [.. latest.Select(o => new LifeSatisfactionChange(o.LifeSatisfactionBefore, o.LifeSatisfactionAfter))];
    }

    private static decimal WellbysOf(List<LifeSatisfactionChange> changes, FieldErrors errors)
    {
        try
        {
            return Wellbys.PerYear(changes);
        }
        catch (FieldErrorsException e)
        {
            errors.AddAll(e.Errors, "wellbeing");
            return 0m;
        }
    }

    /// <summary>The outcomes in calculator order, with the request field each one's assumptions came from.</summary>
    private static (List<OutcomeInput> Outcomes, List<string> Fields) Outcomes(SroiReportRequest request, ApprovedTime approved, decimal wellbys, bool hasWellbeing)
    {
        var outcomes = new List<OutcomeInput> { Outcome(VolunteerTimeOutcome, ProxyCodes.VolunteerHour, approved.Hours, request.VolunteerHours) };
        var fields = new List<string> { "volunteerHours" };
        if (hasWellbeing)
        {
            outcomes.Add(Outcome(WellbeingOutcome, ProxyCodes.Wellby, wellbys, request.Wellbeing?.Assumptions));
            fields.Add("wellbeing.assumptions");
        }
        var others = request.OtherOutcomes ?? [];
        for (var i = 0; i < others.Count; i++)
        {
            outcomes.Add(Outcome(others[i].Name ?? "", others[i].ProxyCode ?? "", others[i].Quantity?.ToEstimate() ?? 0m, others[i].Assumptions));
            fields.Add($"otherOutcomes[{i}]");
        }
        return (outcomes, fields);
    }

    private static OutcomeInput Outcome(string name, string proxyCode, Estimate quantity, OutcomeAssumptions? assumptions) => new()
    {
        Name = name,
        ProxyCode = proxyCode,
        Quantity = quantity,
        Deadweight = assumptions?.Deadweight?.ToEstimate() ?? 0m,
        Displacement = assumptions?.Displacement?.ToEstimate() ?? 0m,
        Attribution = assumptions?.Attribution?.ToEstimate() ?? 0m,
        DropOff = assumptions?.DropOff?.ToEstimate() ?? 0m,
        DurationYears = assumptions?.DurationYears?.ToEstimate() ?? 1m,
    };

    /// <summary>"outcomes[1].deadweight" from the calculator becomes "wellbeing.assumptions.deadweight" in the request.</summary>
    private static string RequestFieldOf(string field, List<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var prefix = $"outcomes[{i}]";
            if (field.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = field[prefix.Length..];
                var builtIn = !fields[i].StartsWith("otherOutcomes", StringComparison.Ordinal);
                // The built-in outcomes' proxies must be in the chosen set: that is the set's shortcoming, not the request's.
                return builtIn && rest == ".proxyCode" ? "valuationSetId" : fields[i] + rest;
            }
        }
        return field;
    }
}
