using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using SocialPrescribing.Identity.Apis;
using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;
using SocialPrescribing.Identity.Infrastructure.SignInLimits;
using SocialPrescribing.OpenApi;
using SocialPrescribing.ServiceData;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace SocialPrescribing.Identity;

internal static class Extensions
{
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan AuthorizationCodeLifetime = TimeSpan.FromMinutes(2);

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        DevelopmentSettings.ThrowIfPresentOutsideDevelopment(builder.Environment, builder.Configuration);
        builder.AddServiceDatabase<IdentityContext>("identity-db");
        builder.Services.AddHostedService<ConfiguredClients>();

        builder.AddAccounts();
        builder.AddOpenIdConnectServer();
        builder.AddOneTimeCodes();
        builder.AddClientAddresses();
        builder.Services.AddSingleton<SignInRateLimiter>();

        builder.Services.AddDefaultPolicies();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ClientsApi.ManageClientsPolicy, p => p
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireRole(Roles.VcseManager)
                .RequireScope(ApiScopes.IdentityClients)
                .AddRequirements(new OwnerRequirement(OwnerKind.Organisation)));

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<TokenPrincipals>();
        builder.Services.AddRazorPages();
        builder.Services.AddKebabCaseEnums();
        builder.AddDefaultOpenApi("SocialPrescribing identity",
            "OpenID Connect and OAuth 2.0 (discovery at /.well-known/openid-configuration), volunteers' one-time codes, and VCSE managers' " +
            "API clients under /api/organisations/{organisationId}/clients (bearer token with identity.clients). Errors are RFC 9457 problem details.");
    }

    /// <summary>Staff accounts: ASP.NET Core Identity, lockout after 5 failures for 15 minutes.</summary>
    private static void AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 12;
                options.ClaimsIdentity.UserNameClaimType = Claims.Name;
                options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                options.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddEntityFrameworkStores<IdentityContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });

        if (builder.Configuration["Identity:KeyDirectory"] is { Length: > 0 } keyDirectory)
        {
            builder.Services.AddDataProtection()
                .SetApplicationName("identity")
                .PersistKeysToFileSystem(new DirectoryInfo(keyDirectory));
        }
    }

    private static void AddOpenIdConnectServer(this IHostApplicationBuilder builder)
    {
        var issuer = builder.Configuration["Identity:Url"];
        var keyDirectory = builder.Configuration["Identity:KeyDirectory"];

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityContext>())
            .AddServer(server =>
            {
                // Without Identity:Url (tests on a random port) the issuer is the request's own base address.
                if (!string.IsNullOrEmpty(issuer))
                {
                    server.SetIssuer(new Uri(issuer));
                }

                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect");

                server.AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow()
                    .AllowCustomFlow(OneTimeCodeGrant.GrantType);
                // PKCE with S256 only: "plain" would let an intercepted code be redeemed.
                server.Configure(options =>
                {
                    options.CodeChallengeMethods.Clear();
                    options.CodeChallengeMethods.Add(CodeChallengeMethods.Sha256);
                });

                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess,
                    .. ApiScopes.Resources.Keys]);
                server.RegisterClaims([ClaimNames.TeamId, ClaimNames.OrganisationId, ClaimNames.VolunteerId]);

                server.SetAccessTokenLifetime(AccessTokenLifetime)
                    .SetIdentityTokenLifetime(AccessTokenLifetime)
                    .SetAuthorizationCodeLifetime(AuthorizationCodeLifetime)
                    .SetRefreshTokenLifetime(TokenPrincipals.StaffRefreshTokenLifetime);

                // Signed, not encrypted: every service validates them with plain JwtBearer.
                server.DisableAccessTokenEncryption();
                if (string.IsNullOrEmpty(keyDirectory))
                {
                    server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
                }
                else
                {
                    var (signing, encryption) = ServerKeys.LoadOrCreate(keyDirectory);
                    server.AddSigningKey(signing).AddEncryptionKey(encryption);
                }

                server.AddEventHandler<ApplyTokenResponseContext>(handler => handler.UseScopedHandler<TokenErrorAuditHandler>());

                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration()
                    // Plain HTTP on loopback in run mode and tests; production terminates TLS at the ingress.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                // The identity service's own API (VCSE client management) accepts its own tokens.
                validation.UseLocalServer();
                validation.AddAudiences(Audiences.Identity);
                validation.UseAspNetCore();
            });
    }

    /// <summary>
    /// The client IP that the sign-in limits and the audit trail see. X-Forwarded-For is believed
    /// only from the proxies in <c>Identity:TrustedProxies</c> (comma list: the ingress, the web,
    /// which forwards its visitors' addresses); unset, only from loopback (run mode, tests).
    /// </summary>
    private static void AddClientAddresses(this IHostApplicationBuilder builder)
    {
        var trusted = builder.Configuration["Identity:TrustedProxies"]?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            if (trusted is { Length: > 0 })
            {
                options.KnownIPNetworks.Clear();
                options.KnownProxies.Clear();
                foreach (var proxy in trusted)
                {
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
    }

    private static void AddOneTimeCodes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OneTimeCodeService>();
        builder.Services.AddSingleton<OneTimeCodeRateLimits>();

        // Production registers a real email/SMS sender (e.g. GOV.UK Notify) here; the
        // development outbox only behind its explicit switch.
        if (DevelopmentSettings.CodeSenderEnabled(builder.Configuration))
        {
            builder.Services.AddSingleton<DevelopmentOutbox>();
            builder.Services.AddSingleton<IOneTimeCodeSender>(sp => sp.GetRequiredService<DevelopmentOutbox>());
        }
    }
}
