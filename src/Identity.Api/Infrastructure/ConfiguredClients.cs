using OpenIddict.Abstractions;
using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SocialPrescribing.Identity.Infrastructure;

/// <summary>
/// Registers (or updates, as ports change between runs) the OAuth clients named in
/// configuration under <c>Identity:Clients:&lt;client_id&gt;</c>:
/// <list type="bullet">
/// <item>with <c>RedirectUris</c> (comma list or array): an interactive client such as <c>web</c> —
/// authorisation code with PKCE required, refresh tokens, the volunteers' one-time-code grant;
/// <c>PostLogoutRedirectUris</c> likewise; public unless a <c>Secret</c> is given.</item>
/// <item>without: a service client (one per service, <c>Secret</c> required) for the
/// client-credentials grant in background work.</item>
/// </list>
/// <c>Scopes</c> narrows the API scopes the client may ask for (default: all). A client-credentials client with a
/// <c>TeamId</c> is a GP practice's clinical system sending referrals to that team (role <c>gp-system</c>).
/// Runs after migrations (hosted services start in registration order).
/// </summary>
internal sealed partial class ConfiguredClients(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ConfiguredClients> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();

        foreach (var client in configuration.GetSection("Identity:Clients").GetChildren())
        {
            var descriptor = DescriptorFor(client);
            var existing = await applications.FindByClientIdAsync(client.Key, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            LogRegistered(client.Key, descriptor.RedirectUris.Count > 0 ? "interactive" : "service");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor DescriptorFor(IConfigurationSection client)
    {
        var secret = client["Secret"];
        var redirectUris = ListOf(client.GetSection("RedirectUris"));
        var apiScopes = ListOf(client.GetSection("Scopes")) is { Count: > 0 } narrowed ? narrowed : [.. ApiScopes.Resources.Keys];
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.Key,
            ClientSecret = string.IsNullOrEmpty(secret) ? null : secret,
            ClientType = string.IsNullOrEmpty(secret) ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = client.Key,
        };

        if (redirectUris.Count == 0)
        {
            if (descriptor.ClientType == ClientTypes.Public)
            {
                throw new InvalidOperationException($"Identity:Clients:{client.Key} has neither RedirectUris nor a Secret.");
            }
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
            descriptor.Permissions.UnionWith(apiScopes.Where(s => s != ApiScopes.IdentityClients).Select(s => Permissions.Prefixes.Scope + s));
            return descriptor;
        }

        descriptor.RedirectUris.UnionWith(redirectUris.Select(u => new Uri(u)));
        descriptor.PostLogoutRedirectUris.UnionWith(ListOf(client.GetSection("PostLogoutRedirectUris")).Select(u => new Uri(u)));
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.Prefixes.GrantType + OneTimeCodeGrant.GrantType,
            Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile,
            Permissions.Scopes.Roles,
        ]);
        descriptor.Permissions.UnionWith(apiScopes.Select(s => Permissions.Prefixes.Scope + s));
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        return descriptor;
    }

    private static List<string> ListOf(IConfigurationSection section) =>
        section.Value is { } joined
            ? [.. joined.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [.. section.GetChildren().Select(c => c.Value).OfType<string>()];

    [LoggerMessage(Level = LogLevel.Information, Message = "OAuth client {ClientId} registered ({Kind})")]
    private partial void LogRegistered(string clientId, string kind);
}
