using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class SeedingTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_mode_seeds_the_demo_volunteers_organisations_valuation_set_and_a_year_of_hours()
    {
        var seeds = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "seeds"));
        var catalog = SeedCatalog.Load(Path.Combine(seeds, "data"));

        await using var app = await VolunteeringApp.StartAsync(infrastructure, new Dictionary<string, string> { ["Seeds:Path"] = seeds }, demoData: true);

        var (volunteers, organisations, sets, logs, approved) = await app.WithDbAsync(async db => (
            await db.Volunteers.CountAsync(Ct),
            await db.Organisations.CountAsync(Ct),
            await db.ValuationSets.CountAsync(Ct),
            await db.HourLogs.CountAsync(Ct),
            await db.HourLogs.CountAsync(l => l.Status == HourLogStatus.Approved, Ct)));
        Assert.Equal((catalog.Volunteers.Count, catalog.Organisations.Count, 1), (volunteers, organisations, sets));
        Assert.Equal(3_000, logs);
        Assert.InRange(approved, 2_000, 3_000);
    }
}
