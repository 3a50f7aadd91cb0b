using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Authorization;
using SocialPrescribing.Contracts.Volunteering;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Validation;
using GrpcVolunteering = SocialPrescribing.Contracts.Volunteering.Volunteering;

namespace SocialPrescribing.Volunteering.Grpc;

public sealed class VolunteeringService(VolunteeringContext db, SroiReports reports, TimeProvider time) : GrpcVolunteering.VolunteeringBase
{
    private const int MaxPageSize = 500;

    /// <summary>
    /// Pages over volunteers with room for someone more. The role filter is applied in the query, so a
    /// page is full unless it is the last; without it, volunteers with no role open today are dropped
    /// from the page after reading.
    /// </summary>
    [Authorize(Policy = VolunteeringPolicies.MatchVolunteers)]
    public override async Task<GetAvailableVolunteersResponse> GetAvailableVolunteers(GetAvailableVolunteersRequest request, ServerCallContext context)
    {
        if (request.PageSize is < 1 or > MaxPageSize)
        {
            throw InvalidArgument($"page_size must be between 1 and {MaxPageSize}.");
        }
        if (request.Role.Length > 0 && !VolunteerRoles.IsKnown(request.Role))
        {
            throw InvalidArgument($"role must be one of: {string.Join(", ", VolunteerRoles.All)}.");
        }
        var after = Guid.TryParse(request.AfterVolunteerId, out var parsed) ? parsed : Guid.Empty;
        var today = UkCalendar.Today(time);

        var query = db.Volunteers.AsNoTracking().Where(v => v.CurrentCaseload < v.CaseloadLimit && v.Id.CompareTo(after) > 0);
        if (Guid.TryParse(request.OrganisationId, out var organisationId))
        {
            query = query.Where(v => v.OrganisationIds.Contains(organisationId));
        }
        if (request.Role.Length > 0)
        {
            var role = request.Role;
            query = query.Where(v => v.Roles.Contains(role));
            if (VolunteerRoles.DbsNeededFor(role) is { } level)
            {
                query = query.Where(v => v.Dbs != null && v.Dbs.Level >= level && v.Dbs.RenewBy >= today);
            }
        }
        var page = await query.OrderBy(v => v.Id).Take(request.PageSize).ToListAsync(context.CancellationToken);

        return new GetAvailableVolunteersResponse
        {
            Volunteers = { page.Select(v => ToAvailable(v, today)).Where(v => v.Roles.Count > 0) },
            NextAfterVolunteerId = page.Count == request.PageSize ? page[^1].Id.ToString() : "",
        };
    }

    [Authorize(Policy = Policies.AggregatesOnly)]
    public override async Task<GetSroiReportResponse> GetSroiReport(GetSroiReportRequest request, ServerCallContext context)
    {
        var response = await CreateReportAsync(request, context.CancellationToken);
        var report = response.Report;
        var totals = report.Totals;
        return new GetSroiReportResponse
        {
            OrganisationId = response.OrganisationId.ToString(),
            ProgrammeId = response.ProgrammeId?.ToString() ?? "",
            From = Date(report.Input.Period.From),
            To = Date(report.Input.Period.To),
            ValuationSetId = report.Input.ValuationSet.Id.ToString(),
            ValuationSetVersion = response.ValuationSetVersion,
            ApprovedHours = Number(response.ApprovedTime.Hours),
            ApprovedLogCount = response.ApprovedTime.Logs,
            Investment = Number(totals.Investment),
            PresentValue = Number(totals.PresentValue),
            Ratio = Number(totals.Ratio),
            NetRatio = Number(totals.NetRatio),
            PaybackMonths = totals.PaybackMonths is { } months ? Number(months) : "",
            LowestRatio = Number(report.Sensitivity.MinRatio),
            HighestRatio = Number(report.Sensitivity.MaxRatio),
            Outcomes =
            {
                report.Outcomes.Select(o => new SroiOutcome
                {
                    Name = o.Name,
                    ProxyCode = o.ProxyCode,
                    Quantity = Number(o.Quantity),
                    GrossValue = Number(o.GrossValue),
                    YearOneImpact = Number(o.YearOneImpact),
                    PresentValue = Number(o.PresentValue),
                }),
            },
            Csv = report.ToCsv(),
        };
    }

    private async Task<SroiReportResult> CreateReportAsync(GetSroiReportRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await reports.CreateAsync(new SroiReportRequest(
                ParseGuid(request.OrganisationId),
                ParseGuid(request.ProgrammeId),
                DateOnly.TryParseExact(request.From, "yyyy-MM-dd", out var from) ? from : null,
                DateOnly.TryParseExact(request.To, "yyyy-MM-dd", out var to) ? to : null,
                ParseGuid(request.ValuationSetId),
                request.ValuationSetVersion > 0 ? request.ValuationSetVersion : null,
                VolunteerHours: null,
                new WellbeingRequest(
                    request.LifeSatisfactionChanges.Count > 0 ? [.. request.LifeSatisfactionChanges.Select(c => new LifeSatisfactionAnswers(c.Before, c.After))] : null,
                    Assumptions: null),
                OtherOutcomes: null), cancellationToken);
        }
        catch (FieldErrorsException e)
        {
            throw InvalidArgument(string.Join(" ", e.Errors.Select(error => $"{error.Key}: {string.Join(" ", error.Value)}")));
        }
    }

    private static AvailableVolunteer ToAvailable(Volunteer v, DateOnly today)
    {
        var (open, blocked) = VolunteerRoles.Split(v, today);
        var available = new AvailableVolunteer
        {
            VolunteerId = v.Id.ToString(),
            PostcodeDistrict = v.PostcodeDistrict,
            Roles = { open },
            FreeCaseload = v.FreeCaseload,
            CaseloadLimit = v.CaseloadLimit,
            Languages = { v.Languages },
            Skills = { v.Skills },
            InterestTermIds = { v.InterestTermIds },
            Availability = { v.Availability.Select(s => new Contracts.Volunteering.WeeklySlot { Day = IsoDay(s.Day), Start = Time(s.Start), End = Time(s.End) }) },
            OrganisationIds = { v.OrganisationIds.Select(id => id.ToString()) },
            Trainings =
            {
                v.Trainings.Select(t => new Contracts.Volunteering.Training
                {
                    Code = t.Code,
                    Name = t.Name,
                    CompletedOn = Date(t.CompletedOn),
                    ValidUntil = t.ValidUntil is { } until ? Date(until) : "",
                    InDate = t.IsInDateOn(today),
                }),
            },
            BlockedRoles = { blocked.Select(b => new BlockedRole { Role = b.Role, Reason = b.Reason }) },
            WillDoHomeVisits = v.WillDoHomeVisits,
        };
        if (v.MaxTravelKm is { } km) available.MaxTravelKm = km;
        if (v.Dbs is { } dbs)
        {
            available.Dbs = new Contracts.Volunteering.DbsCheck
            {
                Level = DbsCodes.Code(dbs.Level),
                IssuedOn = Date(dbs.IssuedOn),
                RenewBy = Date(dbs.RenewBy),
                InDate = dbs.IsInDateOn(today),
            };
        }
        return available;
    }

    private static RpcException InvalidArgument(string detail) => new(new Status(StatusCode.InvalidArgument, detail));

    private static Guid? ParseGuid(string value) => Guid.TryParse(value, out var id) ? id : null;

    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
