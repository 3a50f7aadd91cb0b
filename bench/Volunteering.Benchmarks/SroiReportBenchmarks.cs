using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Bench;
using SocialPrescribing.Contracts.Http.Volunteering;
using SocialPrescribing.Seeds;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds.Synthetic;
using SocialPrescribing.Volunteering.Application;
using SocialPrescribing.Volunteering.Domain.Calendar;
using SocialPrescribing.Volunteering.Domain.Sroi;
using SocialPrescribing.Volunteering.Infrastructure;
using SocialPrescribing.Volunteering.Model;

namespace SocialPrescribing.Volunteering.Benchmarks;

/// <summary>
/// The SROI report as the service builds it (<see cref="SroiReports.CreateAsync"/>: approved hours read from
/// the running totals the hour-log triggers keep, investment, valuation set, calculator with sensitivity
/// analysis) over a year of 10,000,000 generated hour logs in a real PostgreSQL started through the AppHost,
/// and, for comparison, the same approved time summed from the logs themselves as the report did before.
/// In process, because the database is set up once (minutes) and every iteration is a fresh DbContext, as a request is.
/// </summary>
[Config(typeof(Config))]
public class SroiReportBenchmarks
{
    public const int HourLogs = 10_000_000;

    /// <summary>How many logs the set-up loads: <see cref="HourLogs"/> unless a quick run asks for fewer.</summary>
    public int LogCount { get; init; } = HourLogs;
    private const int Volunteers = 20_000;
    private const int GeneratorSeed = 42;

    private BenchInfrastructure? _postgres;
    private string _connectionString = "";
    private readonly Guid _organisation = Guid.CreateVersion7();
    private Guid _valuationSet;

    private static DatePeriod Year => new(DemoCalendar.ReferenceDate.AddYears(-1).AddDays(1), DemoCalendar.ReferenceDate);

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(2)
            .WithIterationCount(15));
    }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        _postgres = await BenchInfrastructure.StartAsync("volunteering_bench", withBroker: false);
        _connectionString = _postgres.Database;

        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
        }
        var clock = Stopwatch.StartNew();
        var loaded = await LoadAsync();
        LoadSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"// Loaded {loaded:N0} hour logs with binary COPY (their running totals kept by the triggers) in {LoadSeconds:N1} s");
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            // As autovacuum would have long since done on a live database: statistics, and a visibility map for index-only scans.
            await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE hour_logs", connection);
            await vacuum.ExecuteNonQueryAsync();
        }
        await SetUpCommissioningAsync();
        var report = await ReportAsync(_organisation);
        Console.WriteLine($"// Report: {report.ApprovedTime.Logs:N0} approved logs, {report.ApprovedTime.Hours:N1} h, PV {report.Report.Totals.PresentValue:N2}, ratio {report.Report.Totals.Ratio:N4}");
    }

    /// <summary>How long loading the logs took (the running totals included), for the quick run's line.</summary>
    public double LoadSeconds { get; private set; }

    /// <summary>The whole report: the year's approved time from the running totals, then the calculator and its sensitivity analysis.</summary>
    [Benchmark(Baseline = true)]
    public Task<SroiReportResult> Sroi_report() => ReportAsync(_organisation);

    /// <summary>The database's part alone: the year's approved time from the running totals.</summary>
    [Benchmark]
    public async Task<ApprovedTime> Approved_hours_from_totals()
    {
        await using var db = NewContext();
        return await new HourTotalsQueries(db).ApprovedAsync(_organisation, null, Year, CancellationToken.None);
    }

    /// <summary>What the report used to do: sum the year's approved logs themselves (an index-only scan).</summary>
    [Benchmark]
    public async Task<ApprovedTime> Approved_hours_summed_from_logs()
    {
        await using var db = NewContext();
        return await db.Database.SqlQuery<ApprovedTime>($"""
            SELECT COALESCE(SUM(duration_minutes), 0)::bigint AS "Minutes", COUNT(*) AS "Logs"
            FROM hour_logs
            WHERE status = 'Approved' AND organisation_id = {_organisation} AND date BETWEEN {Year.From} AND {Year.To}
            """).SingleAsync();
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private async Task<SroiReportResult> ReportAsync(Guid organisationId)
    {
        await using var db = NewContext();
        var reports = new SroiReports(db, new HourTotalsQueries(db), new ValuationSets(db, TimeProvider.System));
        return await reports.CreateAsync(new SroiReportRequest(
            organisationId, ProgrammeId: null, Year.From, Year.To, _valuationSet, ValuationSetVersion: null,
            new OutcomeAssumptions(new SroiEstimate(0.1m, 0.05m, 0.2m), null, new SroiEstimate(0.2m, 0.1m, 0.3m), null, null),
            new WellbeingRequest([new(5, 7), new(6, 6), new(4, 5)], new OutcomeAssumptions(0.25m, 0.1m, 0.5m, 0.5m, 2m)),
            OtherOutcomes: null), CancellationToken.None);
    }

    /// <summary>
    /// Twenty thousand volunteers and ten million logs over the year to the demo date, all for one organisation:
    /// the report's scope then covers every row, the worst case for summing the logs.
    /// </summary>
    private async Task<ulong> LoadAsync()
    {
        var districts = new[] { new PostcodeDistrict("WV1", 52.585, -2.125, "Wolverhampton", null, null), new PostcodeDistrict("DY1", 52.511, -2.087, "Dudley", null, null) };
        var generator = new SyntheticDataGenerator(GeneratorSeed, districts);
        var volunteers = generator.Volunteers(Volunteers, generator.Organisations(20).ToList()).ToList();
        return await HourLogBulkLoad.LoadAsync(_connectionString, generator.HourLogs(LogCount, volunteers, DemoCalendar.ReferenceDate), _ => _organisation);
    }

    private async Task SetUpCommissioningAsync()
    {
        await using var db = NewContext();
        db.Organisations.Add(new Organisation { Id = _organisation, Name = "Black Country Volunteers" });
        await db.SaveChangesAsync();
        var commissioner = new Caller(new System.Security.Claims.ClaimsPrincipal());
        var stored = await new ValuationSets(db, TimeProvider.System).CreateAsync(
            new ValuationSetRequest("Starter", new DateOnly(2019, 1, 1), null, 2019, null, null,
                [.. ValuationSets.StarterTemplate.Proxies.Select(p => new ProxyRequest(p.Code, p.Description, p.Unit, p.Value, p.Low, p.High, p.Source, p.PriceYear, false, null))],
                null, null),
            commissioner, CancellationToken.None);
        _valuationSet = stored.Id;
        var programmes = new Programmes(db, TimeProvider.System);
        var programme = await programmes.CreateAsync(new ProgrammeRequest(_organisation, "Volunteering", null), CancellationToken.None);
        await programmes.AddInvestmentAsync(programme.Id, new InvestmentRequest(Year.From, Year.To, 250_000m, null), commissioner, CancellationToken.None);
    }

    private VolunteeringContext NewContext() =>
        new(new DbContextOptionsBuilder<VolunteeringContext>().UseNpgsql(_connectionString).Options);
}
