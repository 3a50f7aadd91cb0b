using Microsoft.EntityFrameworkCore;
using SocialPrescribing.CommunityDirectory.Infrastructure;
using SocialPrescribing.ReferenceData;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>
/// A directory deployed without demo data still has every need and activity type to tag activities with: the taxonomy is
/// reference data, written at every start, not a seed.
/// </summary>
public sealed class TaxonomyLoaderTests(DatabaseFixture postgres) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_fresh_directory_gets_the_whole_taxonomy_once_however_often_it_starts()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<DirectoryContext>().UseNpgsql(await postgres.CreateDatabaseAsync("taxonomy", ct)).Options;
        await using (var db = new DirectoryContext(options))
        {
            await db.Database.MigrateAsync(ct);
        }

        for (var start = 0; start < 2; start++)
        {
            await using var db = new DirectoryContext(options);
            await new TaxonomyLoader().LoadAsync(db, ct);
        }

        await using var check = new DirectoryContext(options);
        var taxonomy = TaxonomyDefinition.LoadBuiltIn();
        Assert.Equal(taxonomy.Terms.Count, await check.TaxonomyTerms.CountAsync(ct));
        Assert.Equal(2, await check.Taxonomies.CountAsync(ct));
        var loneliness = await check.TaxonomyTerms.SingleAsync(t => t.Code == "loneliness", ct);
        Assert.Equal(StableIds.ToGuid("need-loneliness"), loneliness.Id);
        Assert.Equal("Loneliness and social isolation", loneliness.Name);
    }
}
