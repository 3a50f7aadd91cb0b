using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialPrescribing.Bench;
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
/// The SROI report as the service builds it (<see cref="SroiReports.CreateAsync"/>: approved hours summed
/// by PostgreSQL, investment, valuation set, calculator with sensitivity analysis) over a year of
/// 1,000,000 generated hour logs in a real PostgreSQL started through the AppHost. In process, because
/// the database is set up once (≈ a minute) and every iteration is a fresh DbContext, as a request is.
/// </summary>
[Config(typeof(Config))]
public class SroiReportBenchmarks
{
    public const int HourLogs = 1_000_000;

    /// <summary>How many logs the set-up loads: <see cref="HourLogs"/> unless a quick run asks for fewer.</summary>
    public int LogCount { get; init; } = HourLogs;
    private const int Volunteers = 5_000;
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
        Console.WriteLine($"// Loaded {loaded:N0} hour logs with binary COPY in {clock.Elapsed.TotalSeconds:N1} s");
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

    /// <summary>The whole report: the database sums the year's approved logs, then the calculator and its sensitivity analysis run.</summary>
    [Benchmark(Baseline = true)]
    public Task<SroiReportResponse> Sroi_report_over_1_000_000_logs() => ReportAsync(_organisation);

    /// <summary>The database's part alone: the GROUP BY over the year's approved logs.</summary>
    [Benchmark]
    public async Task<ApprovedTime> Approved_hours_sum_only()
    {
        await using var db = NewContext();
        return await new HourTotalsQueries(db).ApprovedAsync(_organisation, null, Year, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private async Task<SroiReportResponse> ReportAsync(Guid organisationId)
    {
        await using var db = NewContext();
        var reports = new SroiReports(db, new HourTotalsQueries(db), new ValuationSets(db, TimeProvider.System));
        return await reports.CreateAsync(new SroiReportRequest(
            organisationId, ProgrammeId: null, Year.From, Year.To, _valuationSet, ValuationSetVersion: null,
            new OutcomeAssumptions(new Estimate(0.1m, 0.05m, 0.2m), null, new Estimate(0.2m, 0.1m, 0.3m), null, null),
            new WellbeingRequest([new(5, 7), new(6, 6), new(4, 5)], new OutcomeAssumptions(0.25m, 0.1m, 0.5m, 0.5m, 2m)),
            OtherOutcomes: null), CancellationToken.None);
    }

    /// <summary>
    /// Five thousand volunteers and a million logs over the year to the demo date, all for one organisation:
    /// the report's scope then covers every row, the worst case for the database.
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
