using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialPrescribing.Authorization;

namespace Microsoft.Extensions.Hosting;

public static partial class AuthenticationExtensions
{
    /// <summary>
    /// Bearer-token validation for a resource server. The authority is <c>Identity:Url</c>
    /// (our identity service or any OpenID Connect provider; keys and issuer come from its
    /// discovery document), the audience <c>Identity:Audience</c> (default: the service name).
    /// Only access tokens (<c>typ: at+jwt</c>) are accepted, so an id token cannot be replayed
    /// as one. Claims keep their JWT names (<see cref="ClaimNames"/>), roles come from
    /// <c>role</c>. Also registers the shared policies, token forwarding and the
    /// service-identity token provider. Without <c>Identity:Url</c> no scheme is registered and
    /// every protected endpoint fails closed.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddDefaultPolicies();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<AuthenticationTokenForwardingHandler>();
        builder.Services.AddTransient<AuthenticationServiceTokenHandler>();
        builder.Services.AddSingleton<AuthenticationServiceTokenProvider>();
        builder.Services.TryAddTimeProvider();

        var authority = builder.Configuration["Identity:Url"];
        if (string.IsNullOrWhiteSpace(authority))
        {
            return builder;
        }

        var audience = builder.Configuration["Identity:Audience"]
            ?? builder.Configuration["OTEL_SERVICE_NAME"]
            ?? builder.Environment.ApplicationName;

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = authority;
                options.Audience = audience;
                // Plain HTTP only on a loopback development/test setup; production sits behind TLS.
                options.RequireHttpsMetadata = new Uri(authority).Scheme == Uri.UriSchemeHttps;
                options.MapInboundClaims = false;
                options.SaveToken = true; // lets token forwarding read it back with GetTokenAsync
                options.TokenValidationParameters.NameClaimType = ClaimNames.Subject;
                options.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                options.TokenValidationParameters.ValidTypes = ["at+jwt"];
                options.Events = new JwtBearerEvents
                {
                    OnAuthenticationFailed = context =>
                    {
                        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
                            .CreateLogger(typeof(AuthenticationExtensions));
                        LogTokenRejected(logger, context.Exception.GetType().Name, context.Request.Path);
                        return Task.CompletedTask;
                    },
                };
            });

        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    // The reason is the exception's type (e.g. SecurityTokenInvalidAudienceException), never the token.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Bearer token rejected ({Reason}) on {Path}")]
    private static partial void LogTokenRejected(ILogger logger, string reason, string path);
}
