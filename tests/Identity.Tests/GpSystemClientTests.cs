using System.Net;
using SocialPrescribing.Identity.Tests.Hosting;

namespace SocialPrescribing.Identity.Tests;

/// <summary>A GP practice's clinical system gets client-credentials tokens for FHIR referrals to the one team it is tied to.</summary>
public sealed class GpSystemClientTests(IdentityServerFixture identity)
{
    [Fact]
    public async Task A_gp_system_client_gets_the_gp_system_role_its_team_and_the_fhir_scope_only()
    {
        using var tokens = identity.Server.NewTokenClient();

        var claims = (await tokens.ClientCredentialsAsync(IdentityServer.GpClientId, IdentityServer.ServiceClientSecret, cancellationToken: Ct)).AccessTokenClaims;

        Assert.Equal(Roles.GpSystem, claims["role"]);
        Assert.Equal(IdentityServerFixture.NorthTeam.ToString(), claims["team_id"]);
        Assert.Equal([ApiScopes.ReferralsFhir], claims.Scopes);
        Assert.Equal([Audiences.Referrals], claims.All("aud"));
    }

    [Fact]
    public async Task A_gp_system_client_cannot_ask_for_the_link_workers_scope()
    {
        using var tokens = identity.Server.NewTokenClient();

        using var refused = await tokens.RequestClientCredentialsAsync(IdentityServer.GpClientId, IdentityServer.ServiceClientSecret, [ApiScopes.Referrals], Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var answer = await refused.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("access_token", answer);
        Assert.Contains("scope", answer);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
