using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SocialPrescribing.TestKit.Conventions;
using SocialPrescribing.Contracts.Http.Identity;

namespace SocialPrescribing.Identity.Tests;

public sealed class VcseClientTests(IdentityServerFixture identity)
{
    private static readonly string[] ManagerScopes = ["openid", ApiScopes.IdentityClients];
    private static readonly string Organisation = IdentityServerFixture.FriendshipLine.ToString();
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_manager_creates_a_client_whose_secret_is_shown_once_and_whose_tokens_carry_the_organisation_and_narrow_scopes()
    {
        using var api = await ApiAsManagerAsync(IdentityServerFixture.VcseManager);

        var created = await CreateClientAsync(api, Organisation, [ApiScopes.DirectoryRead, ApiScopes.DirectoryWrite]);
        using var tokens = identity.Server.NewTokenClient();
        var issued = await tokens.ClientCredentialsAsync(created.ClientId, created.ClientSecret, cancellationToken: Cancellation);

        var claims = issued.AccessTokenClaims;
        Assert.Equal(Organisation, claims["organisation_id"]);
        Assert.Equal(["vcse-client"], claims.All("role"));
        Assert.Equal([ApiScopes.DirectoryRead, ApiScopes.DirectoryWrite], claims.Scopes.Order());
        Assert.Equal(["directory"], claims.All("aud"));
        var listed = await api.GetStringAsync($"api/organisations/{Organisation}/clients", Cancellation);
        Assert.Contains(created.ClientId, listed);
        Assert.DoesNotContain(created.ClientSecret, listed);
        Assert.DoesNotContain("clientSecret", listed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_revoked_client_is_refused_with_invalid_client_and_the_revocation_is_audited()
    {
        using var api = await ApiAsManagerAsync(IdentityServerFixture.VcseManager);
        var created = await CreateClientAsync(api, Organisation, [ApiScopes.ReferralsConnectionsAnswer]);
        using var tokens = identity.Server.NewTokenClient();
        await tokens.ClientCredentialsAsync(created.ClientId, created.ClientSecret, cancellationToken: Cancellation);

        (await api.DeleteAsync($"api/organisations/{Organisation}/clients/{created.ClientId}", Cancellation)).EnsureSuccessStatusCode();
        using var refused = await tokens.RequestClientCredentialsAsync(created.ClientId, created.ClientSecret, cancellationToken: Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("invalid_client", (await refused.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("error").GetString());
        var trail = await identity.Server.AuditTrailAsync(q => q.Where(a => a.SubjectId == created.ClientId || a.ClientId == created.ClientId));
        Assert.Equal(
            [AuditEventType.ClientCreated, AuditEventType.ClientCredentialsIssued, AuditEventType.ClientRevoked, AuditEventType.TokenRequestRejected],
            trail.Select(a => a.Type));
    }

    [Fact]
    public async Task Rotating_a_secret_shows_the_new_one_once_and_the_old_one_stops_working()
    {
        using var api = await ApiAsManagerAsync(IdentityServerFixture.VcseManager);
        var created = await CreateClientAsync(api, Organisation, [ApiScopes.DirectoryRead]);

        using var rotate = await api.PostAsync($"api/organisations/{Organisation}/clients/{created.ClientId}/rotate", null, Cancellation);
        var rotated = (await rotate.Content.ReadFromJsonAsync<ApiClientSecret>(Cancellation))!;
        using var tokens = identity.Server.NewTokenClient();

        using var withOld = await tokens.RequestClientCredentialsAsync(created.ClientId, created.ClientSecret, cancellationToken: Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        await tokens.ClientCredentialsAsync(created.ClientId, rotated.ClientSecret, cancellationToken: Cancellation);
    }

    [Fact]
    public async Task A_client_cannot_ask_for_a_scope_its_manager_did_not_grant()
    {
        using var api = await ApiAsManagerAsync(IdentityServerFixture.VcseManager);
        var created = await CreateClientAsync(api, Organisation, [ApiScopes.DirectoryRead]);
        using var tokens = identity.Server.NewTokenClient();

        using var refused = await tokens.RequestClientCredentialsAsync(created.ClientId, created.ClientSecret, [ApiScopes.DirectoryWrite], Cancellation);

        // OpenIddict answers a scope the client has no permission for with invalid_request, naming the scope.
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("invalid_request", error.GetProperty("error").GetString());
        Assert.Contains("scope", error.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task Creating_a_client_with_a_staff_only_scope_and_no_name_is_a_validation_problem_naming_both_fields()
    {
        using var api = await ApiAsManagerAsync(IdentityServerFixture.VcseManager);

        using var response = await api.PostAsJsonAsync($"api/organisations/{Organisation}/clients",
            new CreateApiClientRequest("", [ApiScopes.Referrals]), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.Contains("referrals", errors.GetProperty("scopes")[0].GetString());
    }

    /// <summary>The identity service's case of docs/conventions.md's first rule (it has no versioned records).</summary>
    [Fact]
    public async Task A_body_that_does_not_read_is_a_400_problem_naming_the_field()
    {
        using var api = await ApiAsManagerAsync(IdentityServerFixture.VcseManager);

        await HttpConventions.UnreadableBodyIsRefusedAsync(api, HttpMethod.Post, $"api/organisations/{Organisation}/clients",
            $$"""{ "displayName": "Booking system", "scopes": "{{ApiScopes.DirectoryRead}}" }""", "$.scopes");
    }

    [Fact]
    public async Task A_manager_of_another_organisation_can_neither_create_list_rotate_nor_revoke_its_clients()
    {
        using var ownManager = await ApiAsManagerAsync(IdentityServerFixture.VcseManager);
        var created = await CreateClientAsync(ownManager, Organisation, [ApiScopes.DirectoryRead]);
        using var otherManager = await ApiAsManagerAsync(IdentityServerFixture.OtherVcseManager);
        var clients = $"api/organisations/{Organisation}/clients";

        HttpResponseMessage[] attempts =
        [
            await otherManager.PostAsJsonAsync(clients, new CreateApiClientRequest("Sneaky", [ApiScopes.DirectoryRead]), Cancellation),
            await otherManager.GetAsync(clients, Cancellation),
            await otherManager.PostAsync($"{clients}/{created.ClientId}/rotate", null, Cancellation),
            await otherManager.DeleteAsync($"{clients}/{created.ClientId}", Cancellation),
        ];

        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        Assert.Contains("another organisation", await attempts[1].Content.ReadAsStringAsync(Cancellation));
        using var tokens = identity.Server.NewTokenClient();
        await tokens.ClientCredentialsAsync(created.ClientId, created.ClientSecret, cancellationToken: Cancellation);
    }

    private async Task<HttpClient> ApiAsManagerAsync(TestAccount manager)
    {
        using var tokens = identity.Server.NewTokenClient();
        var api = identity.Server.NewHttpClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await tokens.GetAccessTokenAsync(manager, ManagerScopes, Cancellation));
        return api;
    }

    private async Task<ApiClientSecret> CreateClientAsync(HttpClient api, string organisationId, string[] scopes)
    {
        using var response = await api.PostAsJsonAsync($"api/organisations/{organisationId}/clients",
            new CreateApiClientRequest("Booking system", scopes), Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ApiClientSecret>(Cancellation))!;
    }
}
