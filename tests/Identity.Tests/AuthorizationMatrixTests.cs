using System.Net.Http.Json;

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
            .AllowOwnOnly(new MatrixOperation(HttpMethod.Get, clients), Roles.VcseManager)
            .AllowOwnOnly(new MatrixOperation(HttpMethod.Post, clients,
                () => JsonContent.Create(new { displayName = "Matrix client", scopes = new[] { ApiScopes.DirectoryRead } })), Roles.VcseManager)
            .AllowOwnOnly(new MatrixOperation(HttpMethod.Post, clients + "/vcse-none/rotate"), Roles.VcseManager)
            .AllowOwnOnly(new MatrixOperation(HttpMethod.Delete, clients + "/vcse-none"), Roles.VcseManager);

        await matrix.VerifyAsync(Cancellation);
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
            .AllowOwnOnly(new MatrixOperation(HttpMethod.Get, "/teams/{teamId}/caseload"), Roles.LinkWorker, Roles.TeamLead)
            .AllowOwnOnly(new MatrixOperation(HttpMethod.Get, "/organisations/{organisationId}/activities"), Roles.VcseStaff, Roles.VcseManager)
            .AllowOwnOnly(new MatrixOperation(HttpMethod.Get, "/volunteers/{volunteerId}/hours"), Roles.Volunteer)
            .Expect(new MatrixOperation(HttpMethod.Get, "/reports/outcomes"),
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
            .Expect(new MatrixOperation(HttpMethod.Get, "/teams/{teamId}/caseload"), (_, _) => true);

        var failure = await Assert.ThrowsAsync<AuthorizationMatrixException>(() => matrix.VerifyAsync(Cancellation));

        // Rows: own team (allowed, 200), other team (expected allowed, 403), anonymous (denied, 401): one mismatch.
        Assert.Contains("1 of 3", failure.Message);
        Assert.Contains("GET /teams/{teamId}/caseload as link-worker 'lw.ama.owusu' on another owner's data: expected allowed, got 403 Forbidden", failure.Message);
    }
}
