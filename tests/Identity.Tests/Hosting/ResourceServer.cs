using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialPrescribing.Identity.Tests.Hosting;

/// <summary>
/// A tiny resource server set up exactly as every service is — <c>AddDefaultAuthentication</c>
/// against the running identity service, audience "directory" — with one endpoint per shared
/// policy, plus calls to itself that forward the caller's token or use its own service token.
/// </summary>
public sealed class ResourceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ResourceServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<ResourceServer> StartAsync(Uri identity, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Identity:Url"] = identity.ToString().TrimEnd('/');
        builder.Configuration["Identity:Audience"] = Audiences.Directory;
        builder.Configuration["Identity:ClientId"] = "directory";
        builder.Configuration["Identity:ClientSecret"] = IdentityServer.ServiceClientSecret;
        builder.Services.AddProblemDetails();
        builder.AddDefaultAuthentication();

        var self = new SelfAddress();
        builder.Services.AddHttpClient("forwarding", c => c.BaseAddress = self.Uri).AddAuthTokenForwarding();
        builder.Services.AddHttpClient("service", c => c.BaseAddress = self.Uri).AddServiceToken();

        var app = builder.Build();
        app.MapGet("/directory/ping", () => "pong").RequireAuthorization(p => p.RequireScope(ApiScopes.DirectoryRead));
        app.MapGet("/teams/{teamId}/caseload", () => "caseload").RequireAuthorization(Policies.OwnTeamCaseload);
        app.MapGet("/organisations/{organisationId}/activities", () => "activities").RequireAuthorization(Policies.OwnOrganisation);
        app.MapGet("/volunteers/{volunteerId}/hours", () => "hours").RequireAuthorization(Policies.OwnVolunteerRecord);
        app.MapGet("/reports/outcomes", () => "aggregates").RequireAuthorization(Policies.AggregatesOnly);
        app.MapGet("/whoami", (ClaimsPrincipal user) => $"{user.FindFirstValue(ClaimNames.Subject)} {user.FindFirstValue(ClaimNames.Role)}").RequireAuthorization();
        app.MapGet("/forwarded/whoami", (IHttpClientFactory http) => http.CreateClient("forwarding").GetStringAsync("/whoami")).RequireAuthorization();
        app.MapGet("/background/whoami", (IHttpClientFactory http) => http.CreateClient("service").GetStringAsync("/whoami"));

        await app.StartAsync(cancellationToken);
        self.Uri = new Uri(app.Urls.First());
        return new ResourceServer(app) { BaseAddress = self.Uri };
    }

    public HttpClient NewHttpClient() => new() { BaseAddress = BaseAddress };

    /// <summary>The app's services, its endpoint list among them.</summary>
    public IServiceProvider Services => _app.Services;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed class SelfAddress
    {
        public Uri? Uri { get; set; }
    }
}
