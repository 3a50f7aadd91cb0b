using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using SocialPrescribing.Identity.Infrastructure.OneTimeCodes;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SocialPrescribing.Identity.Apis;

/// <summary>
/// The OpenID Connect endpoints OpenIddict passes through to us once it has validated the
/// request (client, redirect URI, PKCE, scopes): we decide who signs in and what goes in tokens.
/// </summary>
public static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).DisableAntiforgery();
        app.MapPost("/connect/token", ExchangeAsync).DisableAntiforgery();
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync).DisableAntiforgery();
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)LogoutAsync).DisableAntiforgery();
        return app;
    }

    /// <summary>Authorisation code flow: sends an anonymous browser to the login page, then issues the code.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<ApplicationUser> users, TokenPrincipals principals)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal) : null;

        if (user is null || await users.IsLockedOutAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refuse(Errors.LoginRequired, "The user is not signed in.");
            }
            var parameters = http.Request.HasFormContentType ? [.. http.Request.Form] : http.Request.Query.ToList();
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [IdentityConstants.ApplicationScheme]);
        }

        return SignIn(await principals.ForUserAsync(user, request.GetScopes()));
    }

    private static async Task<IResult> ExchangeAsync(
        HttpContext http,
        UserManager<ApplicationUser> users,
        TokenPrincipals principals,
        IdentityContext db,
        IOpenIddictApplicationManager applications,
        OneTimeCodeService oneTimeCodes,
        AuditLog audit,
        CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // OpenIddict has checked the code or refresh token (and PKCE); the account may have changed since.
            var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = granted?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (user is null || await users.IsLockedOutAsync(user))
            {
                return Refuse(Errors.InvalidGrant, "The sign-in is no longer valid.");
            }
            if (request.IsAuthorizationCodeGrantType())
            {
                await audit.RecordAsync(AuditEventType.SignInSucceeded, subjectId: user.Id, clientId: request.ClientId, detail: "authorization_code", cancellationToken: cancellationToken);
            }
            return SignIn(await principals.ForUserAsync(user, granted!.GetScopes()));
        }

        if (request.IsClientCredentialsGrantType())
        {
            return await ClientCredentialsAsync(request, principals, db, applications, audit, http.RequestServices.GetRequiredService<IConfiguration>(), cancellationToken);
        }

        if (request.GrantType == OneTimeCodeGrant.GrantType)
        {
            if (request.GetParameter(OneTimeCodeGrant.IdentifierParameter)?.ToString() is not { Length: > 0 } identifier
                || request.GetParameter(OneTimeCodeGrant.CodeParameter)?.ToString() is not { Length: > 0 } code)
            {
                return Refuse(Errors.InvalidRequest, "The 'identifier' and 'code' parameters are required.");
            }
            var volunteer = await oneTimeCodes.RedeemAsync(identifier, code, request.ClientId, cancellationToken);
            return volunteer is null
                ? Refuse(Errors.InvalidGrant, "The code is wrong, has expired or has already been used.")
                : SignIn(await principals.ForUserAsync(volunteer, request.GetScopes()));
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>
    /// A VCSE client gets its organisation and the scopes its manager granted (or the subset it
    /// asks for); a GP system's client (configured with <c>TeamId</c>) gets role <c>gp-system</c> and that team;
    /// a service client gets role <c>service</c>. Revoked VCSE clients no longer exist
    /// in OpenIddict, so they are refused with invalid_client before reaching this point.
    /// </summary>
    private static async Task<IResult> ClientCredentialsAsync(
        OpenIddictRequest request,
        TokenPrincipals principals,
        IdentityContext db,
        IOpenIddictApplicationManager applications,
        AuditLog audit,
        IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        var clientId = request.ClientId!;
        var vcseClient = await db.ApiClients.FindAsync([clientId], cancellationToken);
        if (vcseClient is { IsActive: false })
        {
            return Refuse(Errors.InvalidClient, "The client has been revoked.");
        }

        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException("OpenIddict authenticated a client it cannot find.");
        var requested = request.GetScopes();
        var scopes = requested.Length > 0
            ? [.. requested]
            : (await applications.GetPermissionsAsync(application, cancellationToken))
                .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..])
                .ToList();

        await audit.RecordAsync(AuditEventType.ClientCredentialsIssued, subjectId: clientId, clientId: clientId,
            organisationId: vcseClient?.OrganisationId, cancellationToken: cancellationToken);
        var gpTeamId = configuration[$"Identity:Clients:{clientId}:TeamId"];
        return SignIn(vcseClient is not null ? principals.ForVcseClient(vcseClient, scopes)
            : gpTeamId is not null ? principals.ForGpSystem(clientId, gpTeamId, scopes)
            : principals.ForService(clientId, scopes));
    }

    private static async Task<IResult> UserInfoAsync(HttpContext http, UserManager<ApplicationUser> users)
    {
        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var user = principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (user is null)
        {
            return Results.Challenge(ErrorProperties(Errors.InvalidToken, "The account no longer exists."),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        return Results.Ok(new Dictionary<string, object?>
        {
            [Claims.Subject] = user.Id,
            [Claims.Name] = principal!.HasScope(Scopes.Profile) ? user.DisplayName : null,
            [Claims.Role] = await users.GetRolesAsync(user),
            [ClaimNames.TeamId] = user.TeamId,
            [ClaimNames.OrganisationId] = user.OrganisationId,
            [ClaimNames.VolunteerId] = user.VolunteerId,
        }.Where(c => c.Value is not null).ToDictionary());
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        // OpenIddict redirects to the client's validated post_logout_redirect_uri, if any.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult SignIn(ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(ErrorProperties(error, description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static AuthenticationProperties ErrorProperties(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
