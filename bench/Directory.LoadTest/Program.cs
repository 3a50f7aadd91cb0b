using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.Conventions;
using Npgsql;
using SocialPrescribing.Bench;
using SocialPrescribing.CommunityDirectory.Application;
using SocialPrescribing.CommunityDirectory.Seeding;
using SocialPrescribing.Seeds;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.Seeds.Synthetic;

namespace SocialPrescribing.CommunityDirectory.LoadTest;

// Bounded loopback load on the ORUK distance query:
//   dotnet run -c Release --project bench/Directory.LoadTest -- [activities=10000] [requests=2000] [concurrency=4] [proximity=5000]
// Starts a private PostgreSQL and RabbitMQ as the AppHost declares them (TestKit's AspireApp), runs the directory service on a loopback
// port, lists the synthetic activities through the service's own commands (validation, geocoding, publish),
// then times GET /services?postcode=&proximity= from a fixed number of concurrent clients.
internal static class LoadTest
{
    public static async Task<int> Main(string[] args)
    {
        var arguments = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var activityCount = arguments.ElementAtOrDefault(0) is > 0 and var a ? a : 10_000;
        var requestCount = arguments.ElementAtOrDefault(1) is > 0 and var r ? r : 2_000;
        var concurrency = arguments.ElementAtOrDefault(2) is > 0 and var c ? c : 4;
        var proximity = arguments.ElementAtOrDefault(3) is > 0 and var p ? p : 5_000;

        var root = FindRepositoryRoot();
        await using var infrastructure = await BenchInfrastructure.StartAsync("directory_load", withBroker: true);
        var database = infrastructure.Database;

        var plans = new RequestPlans();
        await using var directory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.ConfigureServices(services => services.AddDirectoryDemoData().ConfigureDbContext<DirectoryContext>(options => options.AddInterceptors(plans)));
            web.UseContentRoot(Path.Combine(root, "src", "CommunityDirectory.Api"));
            web.UseSetting("ConnectionStrings:directory-db", database);
            web.UseSetting("ConnectionStrings:messaging", infrastructure.Broker);
            web.UseSetting("OTEL_SERVICE_NAME", "directory");
            // ORUK reads are public: the identity service is named but never called.
            web.UseSetting("Identity:Url", "http://identity.invalid/");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            web.UseSetting("RateLimiting:PublicReadPermitsPerMinute", "1000000");
        });
        directory.UseKestrel(0);
        directory.StartServer();
        var address = directory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // A metropolitan area (the West Midlands postcode areas) so distance queries find realistic numbers of listings.
        var districts = PostcodeDistricts.LoadBuiltIn().All
            .Where(d => new[] { "B", "WV", "WS", "DY", "CV" }.Contains(new string(d.District.TakeWhile(char.IsLetter).ToArray())))
            .ToList();
        var generator = new SyntheticDataGenerator(seed: 42, districts);
        var organisations = generator.Organisations(Math.Max(1, activityCount / 50)).ToList();
        var generated = Stopwatch.StartNew();
        await ListAsync(directory.Services, organisations, generator.Activities(activityCount, organisations).ToList());
        Console.WriteLine($"Listed {activityCount:N0} activities of {organisations.Count:N0} organisations in {generated.Elapsed.TotalSeconds:N0} s (through the commands).");

        // What autovacuum would do soon after a bulk load: give the planner the new row counts.
        await AnalyzeAsync(database);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(address) };
        var random = new Random(7);
        var queries = Enumerable.Range(0, requestCount + LoadRun.WarmUp)
            .Select(_ => $"/services?postcode={Uri.EscapeDataString(districts[random.Next(districts.Count)].District + " 1AA")}&proximity={proximity}&per_page=50")
            .ToArray();
        var run = new LoadRun(http, concurrency, await PostgresServerPidAsync(database));

        // The floor under any answer on this machine, in the same run: the API details (no database), same clients.
        var floor = await run.RunAsync(Enumerable.Repeat("/", queries.Length).ToArray());
        Console.WriteLine(floor.Describe("GET / (no database)", concurrency));
        // Every request a new query (a parameter the API ignores makes each one different): what each search costs when
        // no earlier answer can be reused. Then the same searches as a harvester or a town's users would repeat them.
        var uncached = await run.RunAsync(queries.Select((q, i) => $"{q}&run={i}").ToArray());
        Console.WriteLine(uncached.Describe($"GET /services?postcode=&proximity={proximity}&per_page=50, every query new", concurrency));
        var search = await run.RunAsync(queries);
        Console.WriteLine(search.Describe($"GET /services?postcode=&proximity={proximity}&per_page=50, {districts.Count} districts", concurrency));
        Console.WriteLine(await ExplainAsync(database, districts[0]));
        if (Environment.GetEnvironmentVariable("EXPLAIN_REQUEST") == "1")
        {
            Console.WriteLine(await plans.ExplainAsync(async () => (await http.GetAsync(queries[0] + "&run=explain")).Dispose(), database));
        }
        Console.WriteLine(floor.BenchLine("directory-floor"));
        Console.WriteLine(uncached.BenchLine("directory-search-uncached"));
        Console.WriteLine(search.BenchLine("directory-search"));
        return search.Failures + uncached.Failures + floor.Failures == 0 ? 0 : 1;
    }

    private static async Task ListAsync(IServiceProvider services, IReadOnlyList<SocialPrescribing.Seeds.Model.OrganisationSeed> organisations, IReadOnlyList<SyntheticActivity> activities)
    {
        foreach (var organisation in organisations)
        {
            await using var scope = services.CreateAsyncScope();
            Require(await scope.ServiceProvider.GetRequiredService<OrganisationCommands>()
                .SaveAsync(SeedIds.ToGuid(organisation.Id), SeedRequests.Organisation(organisation) with { CharityNumber = null }, null, CancellationToken.None));
        }
        // Two writers: the machine has two cores, shared with PostgreSQL.
        await Parallel.ForEachAsync(activities, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (item, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            var organisationId = SeedIds.ToGuid(item.Activity.OrganisationId);
            var locationId = SeedIds.ToGuid(item.Location.Id);
            Require(await scope.ServiceProvider.GetRequiredService<LocationCommands>()
                .CreateAsync(organisationId, SeedRequests.Location(item.Location), cancellationToken, locationId));
            var commands = scope.ServiceProvider.GetRequiredService<ActivityCommands>();
            var activityId = SeedIds.ToGuid(item.Activity.Id);
            Require(await commands.CreateAsync(organisationId, SeedRequests.Activity(item.Activity), cancellationToken, activityId));
            Require(await commands.PublishAsync(organisationId, activityId, IfMatch.Any, cancellationToken));
        });
    }

    private static void Require<T>(CommandResult<T> result) where T : class
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{result.Outcome}: {string.Join("; ", (result.Errors ?? new Dictionary<string, string[]>()).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        }
    }

    // The postmaster of the private server: its children are the backends serving this run.
    private static async Task<int> PostgresServerPidAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var backend = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        return CpuSplit.ParentOf((int)(await backend.ExecuteScalarAsync())!);
    }

    private static async Task AnalyzeAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    // The plan of the distance pre-filter, to show it is served by the (Latitude, Longitude) index, not a scan.
    private static async Task<string> ExplainAsync(string database, PostcodeDistrict district)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var box = new SocialPrescribing.CommunityDirectory.Model.GeoPoint(district.Latitude, district.Longitude).BoxAround(5_000);
        await using var explain = new NpgsqlCommand(
            """
            EXPLAIN SELECT count(*) FROM activities a
            WHERE a."Status" = 'Published' AND EXISTS (
              SELECT 1 FROM activity_locations al JOIN locations l ON l."Id" = al."LocationId"
              WHERE al."ActivityId" = a."Id" AND l."Latitude" BETWEEN @minLat AND @maxLat AND l."Longitude" BETWEEN @minLon AND @maxLon
                AND distance_metres(@lat, @lon, l."Latitude", l."Longitude") <= 5000)
            """, connection);
        explain.Parameters.AddWithValue("minLat", box.MinLatitude);
        explain.Parameters.AddWithValue("maxLat", box.MaxLatitude);
        explain.Parameters.AddWithValue("minLon", box.MinLongitude);
        explain.Parameters.AddWithValue("maxLon", box.MaxLongitude);
        explain.Parameters.AddWithValue("lat", district.Latitude);
        explain.Parameters.AddWithValue("lon", district.Longitude);
        var plan = new List<string> { "Plan of the distance filter:" };
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add("  " + reader.GetString(0));
        }
        return string.Join(Environment.NewLine, plan);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialPrescribing.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("SocialPrescribing.sln not found.");
    }
}
