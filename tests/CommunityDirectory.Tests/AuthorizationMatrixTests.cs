using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using SocialPrescribing.Authorization;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.Contracts.Directory;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>Every endpoint × every kind of caller: allowed means anything but 401/403.</summary>
public sealed class AuthorizationMatrixTests(DirectoryApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private enum Caller { Anonymous, OwnVcseClient, OtherVcseClient, VcseClientWithoutWriteScope, LinkWorker, Service }

    /// <summary>Which callers each operation lets through; "own resource" rows use organisation A's activity and location.</summary>
    private static readonly (string Method, string Path, Caller[] Allowed)[] Matrix =
    [
        ("GET", "/", All()),
        ("GET", "/services", All()),
        ("GET", "/services/{activity}", All()),
        ("GET", "/service_at_locations", All()),
        ("GET", "/taxonomies", All()),
        ("GET", "/taxonomy_terms", All()),
        ("GET", "/organizations", All()),
        ("GET", "/organizations/{organisation}", All()),
        ("GET", "/openapi/v1.json", All()),
        ("GET", "/api/search/activities", [Caller.OwnVcseClient, Caller.OtherVcseClient, Caller.VcseClientWithoutWriteScope, Caller.LinkWorker, Caller.Service]),
        ("GET", "/api/organisation", [Caller.OwnVcseClient, Caller.OtherVcseClient]),
        ("PUT", "/api/organisation", [Caller.OwnVcseClient, Caller.OtherVcseClient]),
        ("GET", "/api/locations", [Caller.OwnVcseClient, Caller.OtherVcseClient]),
        ("POST", "/api/locations", [Caller.OwnVcseClient, Caller.OtherVcseClient]),
        ("GET", "/api/locations/{location}", [Caller.OwnVcseClient]),
        ("PUT", "/api/locations/{location}", [Caller.OwnVcseClient]),
        ("GET", "/api/activities", [Caller.OwnVcseClient, Caller.OtherVcseClient]),
        ("POST", "/api/activities", [Caller.OwnVcseClient, Caller.OtherVcseClient]),
        ("GET", "/api/activities/{activity}", [Caller.OwnVcseClient]),
        ("PUT", "/api/activities/{activity}", [Caller.OwnVcseClient]),
        ("PUT", "/api/activities/{activity}/capacity", [Caller.OwnVcseClient]),
        ("POST", "/api/activities/{activity}/checked", [Caller.OwnVcseClient]),
        ("POST", "/api/activities/{activity}/publish", [Caller.OwnVcseClient]),
        ("POST", "/api/activities/{activity}/withdraw", [Caller.OwnVcseClient]),
    ];

    [Fact]
    public async Task Every_HTTP_endpoint_admits_exactly_the_callers_it_should()
    {
        var owner = await app.RegisterOrganisationAsync();
        var location = await owner.CreateLocationAsync();
        var activity = await owner.PublishActivityAsync(location);
        var other = await app.RegisterOrganisationAsync();
        var tokens = new Dictionary<Caller, string?>
        {
            [Caller.Anonymous] = null,
            [Caller.OwnVcseClient] = TestTokens.VcseClient(owner.OrganisationId),
            [Caller.OtherVcseClient] = TestTokens.VcseClient(other.OrganisationId),
            [Caller.VcseClientWithoutWriteScope] = TestTokens.VcseClient(owner.OrganisationId, ApiScopes.DirectoryRead),
            [Caller.LinkWorker] = TestTokens.LinkWorker(),
            [Caller.Service] = TestTokens.Service(),
        };

        var mismatches = new List<string>();
        foreach (var (method, template, allowed) in Matrix)
        {
            var path = template.Replace("{activity}", activity.ToString()).Replace("{location}", location.ToString())
                .Replace("{organisation}", owner.OrganisationId.ToString());
            foreach (var (caller, token) in tokens)
            {
                using var client = app.CreateClient(token);
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "GET" ? null : JsonContent.Create(new { }) };
                using var response = await client.SendAsync(request, Ct);
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                if (denied == allowed.Contains(caller) || (int)response.StatusCode >= 500)
                {
                    mismatches.Add($"{method} {template} as {caller}: got {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task Only_our_services_hold_places_never_a_link_worker_directly_and_only_with_a_token_read_the_snapshot()
    {
        var owner = await app.RegisterOrganisationAsync();
        var activity = (await owner.PublishActivityAsync(await owner.CreateLocationAsync())).ToString();

        async Task<StatusCode> HoldAs(string token)
        {
            try
            {
                await app.CreateGrpcClient(token).HoldPlaceAsync(PlaceHoldTests.Hold(activity, Guid.NewGuid().ToString(), Guid.NewGuid().ToString()), cancellationToken: Ct);
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }

        Assert.Equal(StatusCode.PermissionDenied, await HoldAs(TestTokens.LinkWorker()));
        Assert.Equal(StatusCode.OK, await HoldAs(TestTokens.Service()));
        Assert.Equal(StatusCode.PermissionDenied, await HoldAs(TestTokens.VcseClient(owner.OrganisationId)));
        var anonymous = await Assert.ThrowsAsync<RpcException>(() => app.CreateGrpcClient("not-a-token")
            .GetPublishedActivitiesPageAsync(new PublishedActivitiesPageRequest { PageSize = 1 }, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    private static Caller[] All() => Enum.GetValues<Caller>();
}
