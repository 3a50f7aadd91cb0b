namespace SocialPrescribing.Identity.Tests;

/// <summary>
/// Role × owner × operation for the endpoints that exist so far: every cross-team,
/// cross-organisation and cross-volunteer request is denied.
/// </summary>
public sealed class AuthorizationMatrixTests(IdentityServerFixture identity)
{
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_a_manager_of_the_organisation_may_manage_its_API_clients()
    {
        using var tokens = identity.Server.NewTokenClient();
        using var api = identity.Server.NewHttpClient();
        var volunteer = await identity.Server.CreateVolunteerAccountAsync();
        const string clients = "/api/organisations/{organisationId}/clients";

        var matrix = new AuthorizationMatrix(api, (account, ct) => tokens.GetAccessTokenAsync(account, ["openid", ApiScopes.IdentityClients], ct))
            .WithAccounts([.. IdentityServerFixture.OnePerRole.Where(a => a.Role != Roles.Volunteer), volunteer])
            .WithOtherOwner(organisationId: IdentityServerFixture.MoneyMatters.ToString())
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Get, clients), Roles.VcseManager)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Post, clients,
                new { displayName = "Matrix client", scopes = new[] { ApiScopes.DirectoryRead } }), Roles.VcseManager)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Post, clients + "/vcse-none/rotate"), Roles.VcseManager)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Delete, clients + "/vcse-none"), Roles.VcseManager);

        await matrix.VerifyAsync(Cancellation);
    }

    [Fact]
    public async Task Every_operation_of_the_identity_service_admits_exactly_the_callers_it_should()
    {
        using var tokens = identity.Server.NewTokenClient();
        using var api = identity.Server.NewHttpClient();
        var volunteer = await identity.Server.CreateVolunteerAccountAsync();
        var endpoints = EndpointInventory.Of(identity.Server.Services);
        var service = new TestAccount(Roles.Service, ServiceClients.Directory);
        const string clients = "/api/organisations/{organisationId}/clients";

        var matrix = new AuthorizationMatrix(api, async (account, ct) => account.Role == Roles.Service
                ? (await tokens.ClientCredentialsAsync(account.UserName, IdentityServer.ServiceClientSecret, cancellationToken: ct)).AccessToken
                : await tokens.GetAccessTokenAsync(account, ["openid", ApiScopes.IdentityClients], ct))
            .WithAccounts([.. IdentityServerFixture.OnePerRole.Where(a => a.Role != Roles.Volunteer), volunteer, service])
            .WithOtherOwner(organisationId: IdentityServerFixture.MoneyMatters.ToString())
            .CoveringEndpoints(endpoints);

        // Sign-in itself: the protocol endpoints, the pages and health are for anyone (the protocol checks the client).
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, "/"), (HttpMethod.Get, "/Index"), (HttpMethod.Get, "/Account/Login"),
            (HttpMethod.Get, "/connect/authorize"), (HttpMethod.Post, "/connect/authorize"),
            (HttpMethod.Post, "/connect/token"),
            (HttpMethod.Get, "/connect/logout"), (HttpMethod.Post, "/connect/logout"),
            (HttpMethod.Post, "/connect/otp/send"),
        })
        {
            matrix.Public(MatrixOperation.Rest(method, path));
        }
        matrix.PublicHealth().PublicApiDescription();
        // Development runs only: where volunteers' codes are read back.
        if (endpoints.Serving(HttpMethod.Get, "/dev/outbox") is not null)
        {
            matrix.Public(MatrixOperation.Rest(HttpMethod.Get, "/dev/outbox?to=nobody@example.org"));
        }
        // Who the signed-in person is: any person's token; a service's token names no person.
        matrix.Expect(MatrixOperation.Rest(HttpMethod.Get, "/connect/userinfo"), (a, _) => a.Role != Roles.Service)
            .Expect(MatrixOperation.Rest(HttpMethod.Post, "/connect/userinfo", () => new FormUrlEncodedContent([])), (a, _) => a.Role != Roles.Service)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Get, clients), Roles.VcseManager)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Post, clients + "/vcse-none/rotate"), Roles.VcseManager)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Delete, clients + "/vcse-none"), Roles.VcseManager)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Post, clients, new { displayName = "Matrix client", scopes = new[] { ApiScopes.DirectoryRead } }),
                Roles.VcseManager);

        await matrix.VerifyAsync(Cancellation);
        TestContext.Current.TestOutputHelper?.WriteLine($"{matrix.Rows.Count} rows");
    }

    [Fact]
    public async Task The_shared_policies_deny_every_other_team_organisation_and_volunteer()
    {
        using var tokens = identity.Server.NewTokenClient();
        await using var service = await ResourceServer.StartAsync(identity.Server.BaseAddress, Cancellation);
        using var api = service.NewHttpClient();
        var volunteer = await identity.Server.CreateVolunteerAccountAsync();

        var matrix = new AuthorizationMatrix(api, (account, ct) => tokens.GetAccessTokenAsync(account, ["openid", ApiScopes.DirectoryRead], ct))
            .WithAccounts([.. IdentityServerFixture.OnePerRole.Where(a => a.Role != Roles.Volunteer), volunteer])
            .WithOtherOwner(
                teamId: IdentityServerFixture.SouthTeam.ToString(),
                organisationId: IdentityServerFixture.MoneyMatters.ToString(),
                volunteerId: Guid.NewGuid().ToString())
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Get, "/teams/{teamId}/caseload"), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Get, "/organisations/{organisationId}/activities"), Roles.VcseStaff, Roles.VcseManager)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Get, "/volunteers/{volunteerId}/hours"), Roles.Volunteer)
            .Expect(MatrixOperation.Rest(HttpMethod.Get, "/reports/outcomes"),
                (account, _) => account.Role is Roles.Commissioner or Roles.Administrator);

        await matrix.VerifyAsync(Cancellation);
        Assert.Contains(matrix.Rows, r => r is { Ownership: Ownership.Other, Allowed: false, Account.Role: Roles.LinkWorker });
    }

    [Fact]
    public async Task A_wrong_expectation_is_reported_with_the_row_and_the_status()
    {
        using var tokens = identity.Server.NewTokenClient();
        await using var service = await ResourceServer.StartAsync(identity.Server.BaseAddress, Cancellation);
        using var api = service.NewHttpClient();

        var matrix = new AuthorizationMatrix(api, (account, ct) => tokens.GetAccessTokenAsync(account, ["openid", ApiScopes.DirectoryRead], ct))
            .WithAccounts(IdentityServerFixture.LinkWorkerNorth)
            .WithOtherOwner(teamId: IdentityServerFixture.SouthTeam.ToString())
            .Expect(MatrixOperation.Rest(HttpMethod.Get, "/teams/{teamId}/caseload"), (_, _) => true);

        var failure = await Assert.ThrowsAsync<AuthorizationMatrixException>(() => matrix.VerifyAsync(Cancellation));

        // Rows: own team (allowed, 200), other team (expected allowed, 403), anonymous (denied, 401): one mismatch.
        Assert.Contains("1 problems in an authorisation matrix of 3 rows", failure.Message);
        Assert.Contains("GET /teams/{teamId}/caseload as link-worker 'lw.ama.owusu' on another owner's data: expected allowed, got 403 Forbidden", failure.Message);
    }

    [Fact]
    public async Task An_endpoint_without_a_rule_and_a_rule_without_an_endpoint_are_each_named()
    {
        using var tokens = identity.Server.NewTokenClient();
        await using var service = await ResourceServer.StartAsync(identity.Server.BaseAddress, Cancellation);
        using var api = service.NewHttpClient();

        var matrix = new AuthorizationMatrix(api, (account, ct) => tokens.GetAccessTokenAsync(account, ["openid", ApiScopes.DirectoryRead], ct))
            .WithAccounts(IdentityServerFixture.LinkWorkerNorth)
            .WithOtherOwner(teamId: IdentityServerFixture.SouthTeam.ToString())
            .CoveringEndpoints(EndpointInventory.Of(service.Services))
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Get, "/teams/{teamId}/caseload"), Roles.LinkWorker)
            .AllowOwnOnly(MatrixOperation.Rest(HttpMethod.Get, "/teams/{teamId}/nowhere"), Roles.LinkWorker);

        var failure = await Assert.ThrowsAsync<AuthorizationMatrixException>(() => matrix.VerifyAsync(Cancellation));

        Assert.Contains("no rule for GET /reports/outcomes", failure.Message);
        Assert.Contains("no rule for GET /organisations/{organisationId}/activities", failure.Message);
        Assert.DoesNotContain("no rule for GET /teams/{teamId}/caseload", failure.Message);
        Assert.Contains("the rule for GET /teams/{teamId}/nowhere matches no endpoint", failure.Message);
    }
}
