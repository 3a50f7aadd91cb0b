using System.Net.Http.Headers;
using SocialPrescribing.Authorization;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Web.SystemTests.Hosting;

/// <summary>
/// A running service's REST API called with a real token from the identity service, as the
/// person named: how a journey sets up what it needs and checks what the service stored.
/// </summary>
public static class ServiceApis
{
    public const string Commissioner = "comm.helen.abbott";

    public static Task<HttpClient> AsCommissionerAsync(this SystemFixture system, string resource, string scope, CancellationToken ct) =>
        system.AsAsync(resource, new TestAccount(Roles.Commissioner, Commissioner, system.DevelopmentPassword), scope, ct);

    public static Task<HttpClient> AsVolunteerAsync(this SystemFixture system, string identifier, CancellationToken ct) =>
        system.AsAsync("volunteering", new TestAccount(Roles.Volunteer, identifier, OneTimeCodeIdentifier: identifier), ApiScopes.Volunteering, ct);

    private static async Task<HttpClient> AsAsync(this SystemFixture system, string resource, TestAccount account, string scope, CancellationToken ct)
    {
        using var tokens = system.CreateTokenClient();
        var token = await tokens.GetAccessTokenAsync(account, [scope], ct);
        var http = system.CreateHttpClient(resource);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
