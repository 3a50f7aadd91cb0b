using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SocialPrescribing.Authorization;

namespace SocialPrescribing.Web.Authentication;

/// <summary>
/// Sign-in with plain OpenID Connect (authorisation code + PKCE) and a cookie session, so an NHS
/// deployment can put its own provider in place of ours by configuration alone:
/// <c>Oidc:Authority</c> (default <c>Identity:Url</c>), <c>Oidc:ClientId</c> (default <c>web</c>),
/// <c>Oidc:ClientSecret</c> (optional: a public client otherwise) and <c>Oidc:Scopes</c>
/// (space or comma list; default: profile, roles, offline access and the APIs the pages call).
/// Without an authority no scheme is registered: the site still serves its public pages and says
/// plainly that sign-in is not available.
/// </summary>
public static class WebSignInExtensions
{
    public const string DefaultClientId = "web";
    public const string VolunteerLoginPath = "/account/volunteer-sign-in";

    public static readonly IReadOnlyList<string> DefaultScopes =
    [
        OpenIdConnectScope.OpenIdProfile, "roles", OpenIdConnectScope.OfflineAccess,
        ApiScopes.Volunteering, ApiScopes.Referrals, ApiScopes.DirectoryRead, ApiScopes.Matching,
        // VCSE pages: the organisation's listings and API clients (the services check the role).
        ApiScopes.DirectoryWrite, ApiScopes.IdentityClients,
    ];

    public static void AddWebSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<AuthenticationTokenForwardingHandler>();
        builder.Services.AddSingleton<AccessTokenRefresher>();
        builder.Services.AddSingleton<OneTimeCodeSignIn>();
        builder.Services.AddTransient<VisitorAddressHandler>();
        builder.Services.AddHttpClient(nameof(OneTimeCodeSignIn)).AddHttpMessageHandler<VisitorAddressHandler>();
        builder.Services.AddHttpClient(nameof(AccessTokenRefresher)).AddHttpMessageHandler<VisitorAddressHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WebPolicies.Volunteer, p => p.RequireAuthenticatedUser().RequireClaim(ClaimNames.VolunteerId))
            .AddPolicy(WebPolicies.LinkWorker, p => p.RequireRole(Roles.LinkWorker, Roles.TeamLead))
            .AddPolicy(WebPolicies.Vcse, p => p.RequireRole(Roles.VcseStaff, Roles.VcseManager).RequireClaim(ClaimNames.OrganisationId))
            .AddPolicy(WebPolicies.Commissioner, p => p.RequireRole(Roles.Commissioner, Roles.Administrator));

        var oidc = builder.Configuration.GetSection("Oidc");
        var authority = AuthorityOf(builder.Configuration);
        if (string.IsNullOrWhiteSpace(authority))
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(ConfigureCookie);
            return;
        }

        builder.Services.AddAuthentication(options =>
            {
                // Challenges go to our sign-in pages (staff: the provider; volunteers: a one-time code).
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(ConfigureCookie)
            .AddOpenIdConnect(options =>
            {
                options.Authority = authority;
                // Plain HTTP only for a loopback development or test provider; production uses TLS.
                options.RequireHttpsMetadata = new Uri(authority).Scheme == Uri.UriSchemeHttps;
                options.ClientId = oidc["ClientId"] is { Length: > 0 } clientId ? clientId : DefaultClientId;
                options.ClientSecret = oidc["ClientSecret"] is { Length: > 0 } secret ? secret : null;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.SaveTokens = true;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.MapInboundClaims = false;
                options.TokenValidationParameters.NameClaimType = ClaimNames.Name;
                options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                options.Scope.Clear();
                foreach (var scope in ScopesOf(oidc["Scopes"]))
                {
                    options.Scope.Add(scope);
                }
                options.ClaimActions.MapUniqueJsonKey(ClaimNames.TeamId, ClaimNames.TeamId);
                options.ClaimActions.MapUniqueJsonKey(ClaimNames.OrganisationId, ClaimNames.OrganisationId);
                options.ClaimActions.MapUniqueJsonKey(ClaimNames.VolunteerId, ClaimNames.VolunteerId);
                options.ClaimActions.MapJsonKey(ClaimNames.Role, ClaimNames.Role);
            });
        // The code redemption at the token endpoint counts against the visitor's address too.
        builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IHttpContextAccessor>((options, http) =>
                options.BackchannelHttpHandler = new VisitorAddressHandler(http) { InnerHandler = new HttpClientHandler() });
    }

    /// <summary>The sign-in provider's address: <c>Oidc:Authority</c>, else our identity service's; null when none is configured.</summary>
    public static string? AuthorityOf(IConfiguration configuration) =>
        configuration["Oidc:Authority"] is { Length: > 0 } configured ? configured : configuration["Identity:Url"];

    private static IEnumerable<string> ScopesOf(string? configured) =>
        string.IsNullOrWhiteSpace(configured)
            ? DefaultScopes.SelectMany(s => s.Split(' '))
            : configured.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(OpenIdConnectScope.OpenId).Distinct();

    private static void ConfigureCookie(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "sp.web";
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.HttpOnly = true;
        cookie.LoginPath = "/account/sign-in";
        cookie.AccessDeniedPath = "/account/access-denied";
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.Events.OnRedirectToLogin = context =>
        {
            // A script sending a kept log must learn it is signed out, not receive the sign-in page.
            if (context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }
            var target = context.Request.Path.StartsWithSegments("/volunteer")
                ? context.RedirectUri.Replace(cookie.LoginPath.Value!, VolunteerLoginPath, StringComparison.Ordinal)
                : context.RedirectUri;
            context.Response.Redirect(target);
            return Task.CompletedTask;
        };
        cookie.Events.OnValidatePrincipal = context =>
            context.HttpContext.RequestServices.GetRequiredService<AccessTokenRefresher>().ValidateAsync(context);
    }
}
