using Grpc.Net.Client;
using SocialPrescribing.Authorization;
using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.Contracts.Directory;
using SocialPrescribing.Seeds;
using SocialPrescribing.TestKit.Auth;
using GrpcDirectory = SocialPrescribing.Contracts.Directory.Directory;

namespace SocialPrescribing.CommunityDirectory.Tests;

/// <summary>
/// Every operation the directory serves (read from its own endpoint list, gRPC included) × every kind of caller × own
/// or another organisation's listing, through the shared <see cref="AuthorizationMatrix"/>. The accounts' organisation
/// owns the location and activity; the "other" accounts belong to another registered organisation.
/// </summary>
public sealed class AuthorizationMatrixTests(DirectoryApp app)
{
    [Fact]
    public async Task Every_operation_admits_exactly_the_callers_it_should()
    {
        var owner = await app.RegisterOrganisationAsync();
        var location = await owner.CreateLocationAsync();
        var activity = await owner.PublishActivityAsync(location);
        var other = (await app.RegisterOrganisationAsync()).OrganisationId.ToString();
        TestAccount[] others =
        [
            new(Roles.VcseStaff, "vcse-staff-other-organisation", OrganisationId: other),
            new(Roles.VcseClient, "vcse-api-client-other-organisation", OrganisationId: other),
        ];
        using var http = app.Factory.CreateClient();
        using var channel = GrpcChannel.ForAddress(app.Factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = app.Factory.Server.CreateHandler() });
        var matrix = new AuthorizationMatrix(http, (account, _) => Task.FromResult(TestTokens.For(account)), channel.CreateCallInvoker())
            .WithAccounts([.. MatrixAccounts.For(Guid.NewGuid(), owner.OrganisationId, Guid.NewGuid()), .. others])
            .CoveringEndpoints(EndpointInventory.Of(app.Factory.Services));

        // Open Referral UK, its description (with the API reference page's files) and health: public.
        foreach (var path in new[]
        {
            "/", "/services", $"/services/{activity}", "/service_at_locations", $"/service_at_locations/{activity}",
            "/taxonomies", "/taxonomies/need", "/taxonomy_terms", "/taxonomy_terms/need-loneliness",
            "/organizations", $"/organizations/{owner.OrganisationId}",
        })
        {
            matrix.Public(Rest(HttpMethod.Get, path));
        }
        matrix.PublicHealth().PublicApiDescription();

        // Search: any token with directory.read (people through the web, VCSE clients, our services).
        matrix.Expect(Rest(HttpMethod.Get, "/api/search/activities"), (_, _) => true);

        // The caller's own organisation, named by the token: every VCSE role, whichever organisation it is.
        bool Vcse(TestAccount a) => a.Role is Roles.VcseStaff or Roles.VcseManager or Roles.VcseClient;
        foreach (var operation in new[]
        {
            Rest(HttpMethod.Get, "/api/organisation"), Rest(HttpMethod.Put, "/api/organisation", new { }),
            Rest(HttpMethod.Get, "/api/locations"), Rest(HttpMethod.Post, "/api/locations", new { }),
            Rest(HttpMethod.Get, "/api/activities"), Rest(HttpMethod.Post, "/api/activities", new { }),
        })
        {
            matrix.Expect(operation, (a, _) => Vcse(a));
        }

        // One listing: only its organisation's VCSE roles.
        bool OwnListing(TestAccount a, Ownership _) => Vcse(a) && a.OrganisationId == owner.OrganisationId.ToString();
        foreach (var operation in new[]
        {
            Rest(HttpMethod.Get, $"/api/locations/{location}"), Rest(HttpMethod.Put, $"/api/locations/{location}", new { }),
            Rest(HttpMethod.Get, $"/api/activities/{activity}"), Rest(HttpMethod.Put, $"/api/activities/{activity}", new { }),
            Rest(HttpMethod.Put, $"/api/activities/{activity}/capacity", new { }),
            Rest(HttpMethod.Post, $"/api/activities/{activity}/checked"),
            Rest(HttpMethod.Post, $"/api/activities/{activity}/publish"),
        })
        {
            matrix.Expect(operation, OwnListing);
        }

        // The yearly partners' survey: a manager answers for their own organisation (the token names it); commissioners see the aggregate.
        matrix
            .Expect(Rest(HttpMethod.Get, "/api/partner-survey"), (a, _) => a.Role == Roles.VcseManager)
            .Expect(Rest(HttpMethod.Post, "/api/partner-survey", new { }), (a, _) => a.Role == Roles.VcseManager)
            .Allow(Rest(HttpMethod.Get, "/api/reports/partner-survey?year=2026"), Roles.Commissioner, Roles.Administrator);

        // gRPC: the matcher reads activities (drafts included) for its read model, the referrals service to learn who runs
        // one and to check the needs a referral records are the directory's terms; the referrals service holds places.
        var service = GrpcDirectory.Descriptor;
        matrix
            .Expect(MatrixOperation.Grpc(service, "GetActivities", (grpc, options, _) => new GrpcDirectory.DirectoryClient(grpc)
                .GetActivitiesAsync(new GetActivitiesRequest { ActivityIds = { activity.ToString() } }, options).ResponseAsync), MatrixAccounts.OnlyServices(ServiceClients.Matching, ServiceClients.Referrals))
            .Expect(MatrixOperation.Grpc(service, "GetTaxonomyTerms", (grpc, options, _) => new GrpcDirectory.DirectoryClient(grpc)
                .GetTaxonomyTermsAsync(new GetTaxonomyTermsRequest { TermIds = { SeedIds.ToGuid("need-loneliness").ToString() } }, options).ResponseAsync), MatrixAccounts.OnlyServices(ServiceClients.Matching, ServiceClients.Referrals))
            .Expect(MatrixOperation.Grpc(service, "GetPublishedActivitiesPage", (grpc, options, _) => new GrpcDirectory.DirectoryClient(grpc)
                .GetPublishedActivitiesPageAsync(new PublishedActivitiesPageRequest { PageSize = 1 }, options).ResponseAsync), MatrixAccounts.OnlyServices(ServiceClients.Matching))
            .Expect(MatrixOperation.Grpc(service, "HoldPlace", (grpc, options, _) => new GrpcDirectory.DirectoryClient(grpc)
                .HoldPlaceAsync(PlaceHoldTests.Hold(activity.ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString()), options).ResponseAsync), MatrixAccounts.OnlyServices(ServiceClients.Referrals))
            .Expect(MatrixOperation.Grpc(service, "ReleasePlace", (grpc, options, _) => new GrpcDirectory.DirectoryClient(grpc)
                .ReleasePlaceAsync(new ReleasePlaceRequest { ConnectionId = Guid.NewGuid().ToString(), TeamId = Guid.NewGuid().ToString() }, options).ResponseAsync), MatrixAccounts.OnlyServices(ServiceClients.Referrals))
            // Last: it takes the activity off the list.
            .Expect(Rest(HttpMethod.Post, $"/api/activities/{activity}/withdraw"), OwnListing);

        await matrix.VerifyAsync(TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{matrix.Rows.Count} rows");
    }

    private static MatrixOperation Rest(HttpMethod method, string path, object? body = null) => MatrixOperation.Rest(method, path, body);
}
