using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Bench;
using ReferralStatus = SocialPrescribing.Referrals.Domain.Referrals.ReferralStatus;
using SocialPrescribing.Referrals.Infrastructure;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds;
using SocialPrescribing.Seeds.Model;
using SocialPrescribing.Seeds.Synthetic;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Pages.LoadTest;

// Pages under load (issue 18, item 4), bounded in count and time, 127.0.0.1 only:
//   dotnet bench/Pages.LoadTest/bin/Release/net10.0/Pages.LoadTest.dll [referrals=10000] [seconds=30] [sessions=20] [referral pages a team=100]
// Starts the whole system with the demo data (SystemFixture: every service a process), writes the generator's referrals
// into the referrals database, signs the demo link workers in through the web (sessions share them round robin), then
// drives GET /accessibility (the floor: the layout, no service call), the caseload page and referral pages in turn.
internal static class LoadTest
{
    public static async Task<int> Main(string[] args)
    {
        var arguments = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var referralCount = arguments.ElementAtOrDefault(0) is > 0 and var r ? r : 10_000;
        var duration = TimeSpan.FromSeconds(arguments.ElementAtOrDefault(1) is > 0 and var s ? s : 30);
        var sessionCount = arguments.ElementAtOrDefault(2) is > 0 and var c ? c : 20;
        var referralPagesPerTeam = arguments.ElementAtOrDefault(3) is > 0 and var p ? p : 100;

        Console.WriteLine($"Load average before the run: {PageResult.LoadAverage()}");
        var system = new SystemFixture();
        await system.InitializeAsync();
        try
        {
            var web = system.App.GetEndpoint("web");
            Console.WriteLine($"System started; the web at {web}.");
            var catalog = SeedCatalog.LoadBuiltIn();
            var referralsDb = await system.App.GetConnectionStringAsync("referrals-db");

            var loading = Stopwatch.StartNew();
            // The West Midlands, as the demo teams are there: their districts get their share of the referrals.
            var districts = PostcodeDistricts.LoadBuiltIn().All
                .Where(d => new[] { "B", "WV", "WS", "DY" }.Contains(new string(d.District.TakeWhile(char.IsLetter).ToArray())))
                .ToList();
            await ReferralBulkLoad.LoadAsync(referralsDb, new SyntheticDataGenerator(seed: 42, districts).People(referralCount), catalog.Teams);
            Console.WriteLine($"{referralCount:N0} referrals over {districts.Count} districts written in {loading.Elapsed.TotalSeconds:N0} s; load {PageResult.LoadAverage()}");

            var targets = await OpenReferralsAsync(referralsDb, catalog.Teams, referralPagesPerTeam);
            var linkWorkers = catalog.Users.Where(u => u.Role == UserRole.LinkWorker).ToList();
            var signingIn = Stopwatch.StartNew();
            var sessions = new List<WebSignIn>();
            for (var i = 0; i < sessionCount; i++)
            {
                sessions.Add(await WebSignIn.SignInAsync(web, linkWorkers[i % linkWorkers.Count].UserName, system.DevelopmentPassword));
            }
            Console.WriteLine($"{sessionCount} sessions signed in through the web and identity as {linkWorkers.Count} link workers in {signingIn.Elapsed.TotalSeconds:N1} s.");
            var referralsOf = sessions.Select(session => targets[linkWorkers.First(u => u.UserName == session.UserName).TeamId!]).ToList();

            string Caseload(int _, Random random) => $"/link-worker/caseload?p={random.Next(1, 4)}{random.Next(3) switch { 0 => "", 1 => "&sort=name", _ => "&sort=received" }}";
            string Referral(int session, Random random) => $"/link-worker/referrals/{referralsOf[session][random.Next(referralsOf[session].Count)]}";

            // Warm-up, untimed: JIT, pools, and every referral visited once, as the matcher learns a referral's profile on its first Suggest.
            var warmUp = Stopwatch.StartNew();
            await PageLoad.RunAsync(sessions, TimeSpan.FromSeconds(5), Caseload);
            await Parallel.ForEachAsync(sessions.Select((session, i) => (session, i)).GroupBy(x => x.session.UserName).Select(g => g.First()),
                async (x, ct) =>
                {
                    foreach (var id in referralsOf[x.i])
                    {
                        (await x.session.Pages.GetAsync($"/link-worker/referrals/{id}", ct)).Dispose();
                    }
                });
            Console.WriteLine($"Warmed up in {warmUp.Elapsed.TotalSeconds:N0} s.");

            async Task<PageResult> PhaseAsync(string what, Func<int, Random, string> pathFor)
            {
                var cpu = ProcessCpu.Snapshot();
                var result = await PageLoad.RunAsync(sessions, duration, pathFor);
                Console.WriteLine(result.Describe(what, sessionCount));
                Console.WriteLine($"  CPU a request, ms by process: {ProcessCpu.PerRequest(cpu, ProcessCpu.Snapshot(), result.Latencies.Length)}");
                return result;
            }
            var floor = await PhaseAsync("GET /accessibility (the layout, no service call)", (_, _) => "/accessibility");
            var caseload = await PhaseAsync("GET /link-worker/caseload?p=1..3 (three sorts)", Caseload);
            var referral = await PhaseAsync($"GET /link-worker/referrals/{{id}} ({referralPagesPerTeam} of each team's open referrals)", Referral);

            // After the load, with a short pause for the services' last requests and collections to finish.
            await Task.Delay(TimeSpan.FromSeconds(10));
            var memory = ProcessCpu.MemoryMb();
            var product = memory.Where(p => !Tooling.Contains(p.Key)).Sum(p => p.Value);
            Console.WriteLine($"Memory after the load (PSS, MB), the product (services, PostgreSQL, RabbitMQ) {product:F0}; {ProcessCpu.DescribeMemory(memory)}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BENCH pages-memory product_mb={product:F0} total_mb={memory.Values.Sum():F0}"));
            Console.WriteLine(floor.BenchLine("pages-floor"));
            Console.WriteLine(caseload.BenchLine("pages-caseload"));
            Console.WriteLine(referral.BenchLine("pages-referral"));
            sessions.ForEach(session => session.Dispose());
            return floor.Failures + caseload.Failures + referral.Failures == 0 ? 0 : 1;
        }
        finally
        {
            await system.DisposeAsync();
        }
    }

    /// <summary>Aspire's development tooling and this load test's own process: not the product a deployment runs.</summary>
    private static readonly HashSet<string> Tooling = ["bench (clients, AppHost)", "dcp", "dcpctrl", "dcpproc", "dotnet", "aspire-dashboard", "Aspire.Dashboard"];

    /// <summary>Some open referrals of each demo team, for its link workers' referral pages; prints each team's caseload size.</summary>
    private static async Task<Dictionary<string, List<Guid>>> OpenReferralsAsync(string connectionString, IReadOnlyList<TeamSeed> teams, int perTeam)
    {
        await using var db = new ReferralsContext(new DbContextOptionsBuilder<ReferralsContext>().UseNpgsql(connectionString).Options);
        var targets = new Dictionary<string, List<Guid>>();
        foreach (var team in teams)
        {
            var id = SeedIds.ToGuid(team.Id);
            var open = db.Referrals.Where(r => r.TeamId == id && r.Status != ReferralStatus.Closed);
            targets[team.Id] = await open.OrderBy(r => r.Id).Select(r => r.Id).Take(perTeam).ToListAsync();
            Console.WriteLine($"  {team.Id}: {await open.CountAsync():N0} open referrals");
        }
        return targets;
    }
}
