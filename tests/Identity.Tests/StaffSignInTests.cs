using System.Net;
using System.Text.Json;
using SocialPrescribing.Identity.Pages.Account;

namespace SocialPrescribing.Identity.Tests;

public sealed class StaffSignInTests(IdentityServerFixture identity)
{
    private static readonly string[] Scopes = ["openid", "profile", "offline_access", ApiScopes.Referrals];
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_user_signs_in_with_authorization_code_and_PKCE_and_the_access_token_carries_role_and_team()
    {
        using var tokens = identity.Server.NewTokenClient();

        var signedIn = await tokens.SignInAsync("lw.ama.owusu", IdentityServer.Password, Scopes, Cancellation);

        var claims = signedIn.AccessTokenClaims;
        Assert.Equal(["link-worker"], claims.All("role"));
        Assert.Equal(IdentityServerFixture.NorthTeam.ToString(), claims["team_id"]);
        Assert.Equal(["referrals"], claims.All("aud"));
        Assert.Contains("referrals", claims.Scopes);
        Assert.Equal(identity.Server.BaseAddress.ToString(), claims["iss"]);
        Assert.Equal("Ama Owusu", claims["name"]); // so the referrals service records who did what by name
        Assert.Equal("Ama Owusu", JwtClaims.Read(signedIn.IdToken!)["name"]);
        Assert.Equal("lw.ama.owusu@example.org", claims["email"]); // so a VCSE organisation answering her request can reach her
        // 15 minutes = 900 seconds between issue and expiry.
        Assert.Equal(900, long.Parse(claims["exp"]!) - long.Parse(claims["iat"]!));
        Assert.NotNull(signedIn.RefreshToken);
    }

    [Fact]
    public async Task A_code_redeemed_with_the_wrong_PKCE_verifier_is_rejected()
    {
        using var tokens = identity.Server.NewTokenClient();
        var authorization = await tokens.AuthorizeAsync("lw.sian.roberts", IdentityServer.Password, Scopes, Cancellation);

        using var response = await tokens.RedeemCodeAsync(authorization.Code!, authorization.CodeVerifier + "x", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOf(response));
    }

    [Fact]
    public async Task An_authorization_code_cannot_be_redeemed_twice()
    {
        using var tokens = identity.Server.NewTokenClient();
        var authorization = await tokens.AuthorizeAsync("lead.karen.bishop", IdentityServer.Password, Scopes, Cancellation);
        (await tokens.RedeemCodeAsync(authorization.Code!, authorization.CodeVerifier, Cancellation)).EnsureSuccessStatusCode();

        using var replay = await tokens.RedeemCodeAsync(authorization.Code!, authorization.CodeVerifier, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOf(replay));
    }

    [Fact]
    public async Task A_refresh_token_gives_a_new_access_token_with_the_same_claims()
    {
        using var tokens = identity.Server.NewTokenClient();
        var signedIn = await tokens.SignInAsync("lw.ama.owusu", IdentityServer.Password, Scopes, Cancellation);

        var refreshed = await tokens.RefreshAsync(signedIn.RefreshToken!, Cancellation);

        Assert.Equal(IdentityServerFixture.NorthTeam.ToString(), refreshed.AccessTokenClaims["team_id"]);
        Assert.NotEqual(signedIn.AccessToken, refreshed.AccessToken);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_password_gets_the_same_message()
    {
        var account = await identity.Server.CreateStaffAccountAsync(Roles.LinkWorker, teamId: IdentityServerFixture.SouthTeam);
        using var tokens = identity.Server.NewTokenClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await tokens.AuthorizeAsync(account.UserName, "not-the-password", Scopes, Cancellation);
            Assert.Equal(LoginModel.GenericError, wrong.LoginError);
        }
        var right = await tokens.AuthorizeAsync(account.UserName, IdentityServer.Password, Scopes, Cancellation);

        Assert.Null(right.Code);
        Assert.Equal(LoginModel.GenericError, right.LoginError);
        var userId = (await identity.Server.AuditTrailAsync(q => q.Where(a => a.Type == AuditEventType.LockedOut))).Select(a => a.SubjectId);
        var trail = await identity.Server.AuditTrailAsync(q => q.Where(a => userId.Contains(a.SubjectId)));
        Assert.Equal(
            [.. Enumerable.Repeat("wrong_password", 4), "too_many_failures", "locked_out"],
            trail.Select(a => a.Detail));
    }

    [Fact]
    public async Task An_unknown_user_name_gets_the_same_message_as_a_wrong_password()
    {
        using var tokens = identity.Server.NewTokenClient();

        var unknown = await tokens.AuthorizeAsync("nobody.here", IdentityServer.Password, Scopes, Cancellation);
        var wrongPassword = await tokens.AuthorizeAsync("comm.helen.abbott", "wrong-password", Scopes, Cancellation);

        Assert.Null(unknown.Code);
        Assert.Equal(wrongPassword.LoginError, unknown.LoginError);
    }

    private static async Task<string?> ErrorOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}
