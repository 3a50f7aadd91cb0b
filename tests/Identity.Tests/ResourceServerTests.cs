using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SocialPrescribing.Identity.Tests;

/// <summary>What every service gets from <c>AddDefaultAuthentication</c>, against the real identity service.</summary>
public sealed class ResourceServerTests(IdentityServerFixture identity) : IAsyncLifetime
{
    private ResourceServer _service = null!;
    private readonly TokenClient _tokens = identity.Server.NewTokenClient();
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _service = await ResourceServer.StartAsync(identity.Server.BaseAddress, Cancellation);

    [Fact]
    public async Task A_token_for_this_service_with_the_scope_is_accepted()
    {
        var token = await _tokens.GetAccessTokenAsync(IdentityServerFixture.LinkWorkerNorth, ["openid", ApiScopes.DirectoryRead], Cancellation);

        using var response = await GetAsync("/directory/ping", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_rejected_naming_the_audience()
    {
        var token = await _tokens.GetAccessTokenAsync(IdentityServerFixture.LinkWorkerNorth, ["openid", ApiScopes.Referrals], Cancellation);

        using var response = await GetAsync("/directory/ping", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains("invalid_token", challenge);
        Assert.Contains("audience", challenge);
    }

    [Fact]
    public async Task A_tampered_token_is_rejected_naming_the_signature()
    {
        var token = await _tokens.GetAccessTokenAsync(IdentityServerFixture.LinkWorkerNorth, ["openid", ApiScopes.DirectoryRead], Cancellation);
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(JwtClaims.DecodeSegment(parts[1]))
            .Replace(IdentityServerFixture.NorthTeam.ToString(), IdentityServerFixture.SouthTeam.ToString());
        var tampered = $"{parts[0]}.{Base64Url(payload)}.{parts[2]}";

        using var response = await GetAsync($"/teams/{IdentityServerFixture.SouthTeam}/caseload", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("signature", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_id_token_is_not_accepted_as_an_access_token()
    {
        var signedIn = await _tokens.SignInAsync("lw.ama.owusu", IdentityServer.Password, ["openid", ApiScopes.DirectoryRead], Cancellation);

        using var response = await GetAsync("/directory/ping", signedIn.IdToken!);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_the_scope_gets_403_insufficient_scope_with_a_reason()
    {
        var token = await _tokens.GetAccessTokenAsync(IdentityServerFixture.VcseStaff, ["openid", ApiScopes.DirectoryWrite], Cancellation);

        using var response = await GetAsync("/directory/ping", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("insufficient_scope", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("lacks the scope 'directory.read'", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task A_call_to_another_service_carries_the_callers_own_token()
    {
        var signedIn = await _tokens.SignInAsync("lw.ama.owusu", IdentityServer.Password, ["openid", ApiScopes.DirectoryRead], Cancellation);
        var subject = signedIn.AccessTokenClaims["sub"];

        var answer = await ReadAsync("/forwarded/whoami", signedIn.AccessToken);

        Assert.Equal($"{subject} link-worker", answer);
    }

    [Fact]
    public async Task Background_work_calls_with_the_services_own_client_credentials_token()
    {
        using var http = _service.NewHttpClient();

        var answer = await http.GetStringAsync("/background/whoami", Cancellation);

        Assert.Equal("directory service", answer);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var http = _service.NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, Cancellation);
    }

    private async Task<string> ReadAsync(string path, string token)
    {
        using var response = await GetAsync(path, token);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        _tokens.Dispose();
        await _service.DisposeAsync();
    }
}
