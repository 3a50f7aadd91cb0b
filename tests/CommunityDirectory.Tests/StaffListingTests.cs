using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.Authorization;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>
/// The web's VCSE pages call the write API with the signed-in member of staff's token (scope
/// directory.write, as the web asks for it): staff of the organisation may change its listings as
/// its API clients may, staff of another organisation may not.
/// </summary>
public sealed class StaffListingTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Roles.VcseStaff)]
    [InlineData(Roles.VcseManager)]
    public async Task Staff_of_the_organisation_change_its_activities_with_their_own_token(string role)
    {
        var owner = await app.RegisterOrganisationAsync();
        var activity = await owner.PublishActivityAsync(await owner.CreateLocationAsync());
        using var staff = app.CreateClient(TestTokens.Issue(role, [ApiScopes.DirectoryRead, ApiScopes.DirectoryWrite], organisationId: owner.OrganisationId));

        var listed = await staff.GetFromJsonAsync<List<ListedActivity>>("/api/activities", Ct);
        Assert.Equal([activity], listed!.Select(a => a.Id));

        using var read = await staff.GetAsync($"/api/activities/{activity}", Ct);
        using var capacity = new HttpRequestMessage(HttpMethod.Put, $"/api/activities/{activity}/capacity") { Content = JsonContent.Create(new { totalPlaces = 20 }) };
        capacity.Headers.IfMatch.Add(read.Headers.ETag!);
        using var changed = await staff.SendAsync(capacity, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(20, (await changed.Content.ReadFromJsonAsync<ListedActivity>(Ct))!.TotalPlaces);

        // The same If-Match again is now stale: a second editor cannot overwrite unseen.
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/activities/{activity}/capacity") { Content = JsonContent.Create(new { totalPlaces = 5 }) };
        stale.Headers.IfMatch.Add(read.Headers.ETag!);
        using var refused = await staff.SendAsync(stale, Ct);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
    }

    [Fact]
    public async Task Staff_of_another_organisation_or_without_the_write_scope_cannot_change_an_activity()
    {
        var owner = await app.RegisterOrganisationAsync();
        var activity = await owner.PublishActivityAsync(await owner.CreateLocationAsync());
        var callers = new[]
        {
            TestTokens.Issue(Roles.VcseStaff, [ApiScopes.DirectoryRead, ApiScopes.DirectoryWrite], organisationId: Guid.NewGuid()),
            TestTokens.Issue(Roles.VcseStaff, [ApiScopes.DirectoryRead], organisationId: owner.OrganisationId),
        };
        foreach (var token in callers)
        {
            using var staff = app.CreateClient(token);
            using var response = await staff.PutAsJsonAsync($"/api/activities/{activity}/capacity", new { totalPlaces = 1 }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    private sealed record ListedActivity(Guid Id, int? TotalPlaces);
}
