using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

/// <summary>A commissioner corrects a programme and the money entered for it, so an SROI report can be put right.</summary>
public sealed class ProgrammeTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_programme_is_renamed_and_its_investment_corrected_by_a_commissioner()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var commissioner = app.ClientFor(Community.Commissioner);
        using var created = await commissioner.PostAsJsonAsync("/api/programmes", new { organisationId = community.OrganisationA, name = "Befriending" }, Ct);
        await Community.ExpectAsync(created, HttpStatusCode.Created);
        var programmeId = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
        using var added = await commissioner.PostAsJsonAsync($"/api/programmes/{programmeId}/investments", new { from = "2026-04-01", to = "2026-06-30", amount = 100m }, Ct);
        await Community.ExpectAsync(added, HttpStatusCode.Created);
        var investmentId = (await Json.ReadAsync(added)).GetProperty("id").GetGuid();

        using var renamed = await Community.PutVersionedAsync(commissioner, $"/api/programmes/{programmeId}", new { name = "  Telephone befriending " });
        using var corrected = await Community.PutVersionedAsync(commissioner, $"/api/programmes/{programmeId}/investments/{investmentId}",
            new { from = "2026-04-01", to = "2026-09-30", amount = 1500.50m, note = "Grant, corrected" });

        await Community.ExpectAsync(renamed, HttpStatusCode.OK);
        await Community.ExpectAsync(corrected, HttpStatusCode.OK);
        using var programme = await commissioner.GetAsync($"/api/programmes/{programmeId}", Ct);
        Assert.Equal("Telephone befriending", (await Json.ReadAsync(programme)).GetProperty("name").GetString());
        using var investments = await commissioner.GetAsync($"/api/programmes/{programmeId}/investments", Ct);
        var investment = Assert.Single((await Json.ReadAsync(investments)).EnumerateArray());
        Assert.Equal("2026-09-30", investment.GetProperty("to").GetString());
        Assert.Equal(1500.50m, investment.GetProperty("amount").GetDecimal());
        Assert.Equal("Grant, corrected", investment.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_correction_is_checked_as_an_entry_is_and_an_unknown_investment_is_not_found()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var commissioner = app.ClientFor(Community.Commissioner);
        using var created = await commissioner.PostAsJsonAsync("/api/programmes", new { organisationId = community.OrganisationA, name = "Befriending" }, Ct);
        var programmeId = (await Json.ReadAsync(created)).GetProperty("id").GetGuid();
        using var added = await commissioner.PostAsJsonAsync($"/api/programmes/{programmeId}/investments", new { from = "2026-04-01", to = "2026-06-30", amount = 100m }, Ct);
        var investmentId = (await Json.ReadAsync(added)).GetProperty("id").GetGuid();

        using var blankName = await Community.PutVersionedAsync(commissioner, $"/api/programmes/{programmeId}", new { name = " " });
        using var backwards = await Community.PutVersionedAsync(commissioner, $"/api/programmes/{programmeId}/investments/{investmentId}",
            new { from = "2026-04-01", to = "2026-03-31", amount = 0.001m });
        using var unknown = await Community.PutVersionedAsync(commissioner, $"/api/programmes/{programmeId}/investments/{Guid.NewGuid()}",
            new { from = "2026-04-01", to = "2026-06-30", amount = 100m });

        await Community.ExpectAsync(blankName, HttpStatusCode.BadRequest);
        Assert.Equal(["name"], await Json.ErrorFieldsAsync(blankName));
        await Community.ExpectAsync(backwards, HttpStatusCode.BadRequest);
        Assert.Equal(["amount", "to"], [.. (await Json.ErrorFieldsAsync(backwards)).Order(StringComparer.Ordinal)]);
        await Community.ExpectAsync(unknown, HttpStatusCode.NotFound);
    }
}
