using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SocialPrescribing.Web.Tests.Hosting;

/// <summary>
/// The reports the web asks for, answered as the services answer them: the referrals service's
/// aggregates and the volunteering service's programmes, valuation sets and SROI report (JSON or
/// CSV). Money Matters has no investment recorded, so its SROI report is refused field by field.
/// </summary>
public sealed partial class StandInServices
{
    public static readonly Guid BefriendingProgramme = Guid.Parse("6f0d9c1e-0000-4000-8000-0000000000c1");
    public static readonly Guid StarterSet = Guid.Parse("6f0d9c1e-0000-4000-8000-0000000000d1");
    public const string SroiCsv = "section,subject,year,item,value,note\r\ntotal,,,SROI ratio,0.48,present value ÷ investment\r\n";
    public const string NoInvestment = "No investment is recorded for the organisation's programmes wholly within 2026-04-01 to 2026-09-30; a commissioner enters it with POST /api/programmes/{programmeId}/investments.";

    /// <summary>The last SROI request the web sent (body and query), to see what it asked for.</summary>
    public (JsonElement Body, string Query)? LastSroiRequest { get; private set; }

    public void LastSroiRequestClear() => LastSroiRequest = null;

    /// <summary>The period the web last asked volunteer hours for.</summary>
    public (DateOnly From, DateOnly To)? LastHoursPeriod { get; private set; }

    private void MapReports(WebApplication app)
    {
        app.MapGet("/api/reports/referrals", (DateOnly from, DateOnly to) => Results.Ok(ReferralsReport(from, to)));
        app.MapGet("/api/reports/hours", (DateOnly from, DateOnly to) =>
        {
            LastHoursPeriod = (from, to);
            return Results.Ok(new
            {
                from,
                to,
                organisations = new[]
                {
                    new { organisationId = FriendshipLine, approvedMinutes = 600, submittedMinutes = 90, volunteers = "7", logs = "12" },
                    new { organisationId = MoneyMatters, approvedMinutes = 120, submittedMinutes = 0, volunteers = "<5", logs = "<5" },
                },
                total = new { approvedMinutes = 720, submittedMinutes = 90, volunteers = (string?)null, logs = (string?)null },
            });
        });
        app.MapGet("/api/programmes", () => Results.Ok(new[]
        {
            new { id = BefriendingProgramme, organisationId = FriendshipLine, name = "Telephone befriending", activityIds = Array.Empty<Guid>() },
            new { id = Guid.NewGuid(), organisationId = MoneyMatters, name = "Debt advice", activityIds = Array.Empty<Guid>() },
        }));
        app.MapGet("/api/valuation-sets", () => Results.Ok(new[] { new { id = StarterSet, version = 1, set = ValuationSet() } }));
        app.MapPost("/api/sroi/reports", (JsonElement body, HttpRequest request) =>
        {
            LastSroiRequest = (body.Clone(), request.QueryString.Value ?? "");
            if (body.GetProperty("organisationId").GetGuid() == MoneyMatters)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["investment"] = [NoInvestment],
                    ["volunteerHours.deadweight.high"] = ["The high value must not be below the value."],
                });
            }
            return request.Query["format"] == "csv" ? Results.Text(SroiCsv, "text/csv; charset=utf-8") : Results.Ok(SroiReport());
        });
    }

    private static object ValuationSet() => new
    {
        id = StarterSet,
        version = 1,
        name = "Starter valuation set (2019 prices)",
        priceYear = 2019,
        discountRate = new { value = 0.035m, low = (decimal?)null, high = (decimal?)null },
        discountRateSource = "HM Treasury Green Book 3.5 %",
        proxies = new[]
        {
            new { code = "volunteer-hour", description = "Replacement cost of one volunteer hour", unit = "hour", value = 8.21m, low = (decimal?)null, high = (decimal?)null, source = "National Living Wage 2019", priceYear = 2019 },
            new { code = "wellby", description = "One WELLBY", unit = "WELLBY", value = 13000m, low = (decimal?)10000m, high = (decimal?)16000m, source = "HM Treasury wellbeing guidance", priceYear = 2019 },
        },
    };

    /// <summary>
    /// 100 approved hours at £8.21 = £821.00; less 25 % deadweight = £615.75; less 20 % attribution =
    /// £492.60 in year 1; ÷ 1.035 = £475.94 present value; ÷ £1,000 invested = 0.48. Deadweight at 10 %
    /// and 40 % gives 0.57 and 0.38.
    /// </summary>
    private static object SroiReport() => new
    {
        organisationId = FriendshipLine,
        programmeId = BefriendingProgramme,
        programmeName = "Telephone befriending",
        programmeActivityIds = Array.Empty<Guid>(),
        approvedTime = new { minutes = 6000, logs = 40 },
        investments = new[] { new { from = "2026-04-01", to = "2026-09-30", amount = 1000m, note = "Grant" } },
        wellbeingSource = "referrals outcome events",
        wellbeingRespondents = "<5",
        wellbys = 0m,
        valuationSetVersion = 1,
        report = new
        {
            input = new
            {
                organisation = "Wolverhampton Friendship Line",
                programme = "Telephone befriending",
                period = new { from = "2026-04-01", to = "2026-09-30" },
                investment = 1000m,
                valuationSet = ValuationSet(),
            },
            outcomes = new[]
            {
                new
                {
                    name = "Volunteer time", proxyCode = "volunteer-hour", unit = "hour", quantity = 100m, proxyValue = 8.21m, proxyPriceYear = 2019,
                    proxySource = "National Living Wage 2019", upratingFactor = 1m, valuePerUnit = 8.21m, grossValue = 821m,
                    deadweight = 0.25m, afterDeadweight = 615.75m, displacement = 0m, afterDisplacement = 615.75m, attribution = 0.2m,
                    yearOneImpact = 492.6m, dropOff = 0m, durationYears = 1,
                    years = new[] { new { year = 1, shareRetained = 1m, value = 492.6m, discountDivisor = 1.035m, presentValue = 475.94m } },
                    presentValue = 475.94m,
                },
            },
            totals = new { presentValue = 475.94m, investment = 1000m, ratio = 0.47594m, netRatio = -0.52406m, yearOneImpact = 492.6m, paybackMonths = 24.36m },
            sensitivity = new
            {
                baseRatio = 0.47594m,
                lines = new[] { new { subject = "Volunteer time", assumption = "deadweight", baseValue = 0.25m, low = 0.1m, ratioAtLow = 0.57113m, high = 0.4m, ratioAtHigh = 0.38075m } },
                minRatio = 0.38075m,
                maxRatio = 0.57113m,
            },
        },
    };

    /// <summary>23 referrals; small groups already shown as "&lt;5" by the service; no deprivation table loaded.</summary>
    private static object ReferralsReport(DateOnly from, DateOnly to) => new
    {
        from,
        to,
        teamId = (Guid?)null,
        referrals = "23",
        bySource = new[] { new { group = "gp-practice", referrals = "19" }, new { group = "self-referral", referrals = "<5" } },
        byStatus = new[] { new { group = "connected", referrals = "12" }, new { group = "follow-up", referrals = "11" } },
        toFirstContact = new { referrals = "21", medianDays = (double?)1 },
        toConnection = new { referrals = "<5", medianDays = (double?)null },
        wellbeingBySource = new[]
        {
            new { cohort = "gp-practice", people = "6", meanLifeSatisfactionChange = (double?)1.5, meanAnxietyChange = (double?)-2.0, meanSwemwbsMetricChange = (double?)2.41, meanWorthwhileChange = (double?)0.83, meanHappinessChange = (double?)1.17 },
        },
        deprivationSource = (string?)null,
        deprivationNote = "No deprivation table is loaded (Deprivation:Path), so referrals are not grouped by deprivation.",
        byDeprivationDecile = Array.Empty<object>(),
        byEthnicity = new[] { new { group = "white-british", referrals = "18", connected = "9", completed = "<5" }, new { group = "asian-pakistani", referrals = "5", connected = "<5", completed = "<5" } },
        byFirstLanguage = new[] { new { group = "English", referrals = "20", connected = "10", completed = "<5" }, new { group = "Punjabi", referrals = "<5", connected = "<5", completed = "<5" } },
        byCarerStatus = new[] { new { group = "carer", referrals = "6", connected = "<5", completed = "<5" }, new { group = "neither", referrals = "17", connected = "9", completed = "<5" } },
    };
}
