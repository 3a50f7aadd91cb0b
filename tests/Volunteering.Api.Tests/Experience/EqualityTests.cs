using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;
using SocialPrescribing.Volunteering.Model;

namespace SocialPrescribing.Volunteering.Api.Tests.Experience;

/// <summary>A volunteer's equality data: stored only with consent, theirs to see, change and withdraw, every access audited.</summary>
public sealed class EqualityTests(InfrastructureFixture infrastructure)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Nothing_is_stored_without_explicit_consent()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);

        using var response = await phone.PutAsJsonAsync(Path(community), new { consent = false, ageBand = "25-to-34", ethnicity = "indian" }, Ct);

        await Community.ExpectAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["consent"], await Json.ErrorFieldsAsync(response));
        Assert.Equal(0, await app.WithDbAsync(db => db.Equality.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_volunteer_gives_sees_changes_and_withdraws_their_equality_data_and_withdrawing_deletes_it()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var phone = app.ClientFor(community.Volunteer);

        using var given = await phone.PutAsJsonAsync(Path(community), new { consent = true, ageBand = "65-to-74", ethnicity = "white-irish", disability = "yes-a-little" }, Ct);
        var seen = await Json.ReadAsync(await phone.GetAsync(Path(community), Ct));
        using var changed = await phone.PutAsJsonAsync(Path(community), new { consent = true, ageBand = "65-to-74", ethnicity = "prefer-not-to-say" }, Ct);
        using var withdrawn = await phone.DeleteAsync(Path(community), Ct);
        var after = await Json.ReadAsync(await phone.GetAsync(Path(community), Ct));

        await Community.ExpectAsync(given, HttpStatusCode.OK);
        Assert.True(seen.GetProperty("given").GetBoolean());
        Assert.Equal("white-irish", seen.GetProperty("ethnicity").GetString());
        Assert.Equal("yes-a-little", seen.GetProperty("disability").GetString());
        await Community.ExpectAsync(changed, HttpStatusCode.OK);
        Assert.Equal("prefer-not-to-say", (await Json.ReadAsync(changed)).GetProperty("ethnicity").GetString());
        await Community.ExpectAsync(withdrawn, HttpStatusCode.NoContent);
        Assert.False(after.GetProperty("given").GetBoolean());
        Assert.Equal(0, await app.WithDbAsync(db => db.Equality.CountAsync(Ct)));
        var audit = await app.WithDbAsync(db => db.EqualityAccesses.OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.Equal([EqualityAction.Give, EqualityAction.Read, EqualityAction.Change, EqualityAction.Withdraw], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(community.VolunteerId, a.VolunteerId));
    }

    [Fact]
    public async Task Staff_of_the_volunteers_own_organisation_cannot_see_their_equality_data()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        using var staff = app.ClientFor(community.StaffA);

        using var response = await staff.GetAsync(Path(community), Ct);

        await Community.ExpectAsync(response, HttpStatusCode.Forbidden);
    }

    private static string Path(Community community) => $"/api/volunteers/{community.VolunteerId}/equality";
}
