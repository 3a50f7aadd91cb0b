using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using SocialPrescribing.Contracts.Http.Identity;
using SocialPrescribing.ServiceData;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SocialPrescribing.Identity.Apis;

/// <summary>
/// VCSE API clients, managed by a VCSE manager of the organisation (token with scope
/// <c>identity.clients</c>). The secret is returned once, on creation and rotation; OpenIddict
/// stores only its hash. Revoking deletes the OAuth registration (later client-credentials
/// requests get <c>invalid_client</c>) together with its stored tokens; access tokens already
/// handed out stay valid until they expire (15 minutes), as resource servers check JWTs offline.
/// </summary>
public static class ClientsApi
{
    public const string ManageClientsPolicy = "ManageOrganisationClients";

    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/organisations/{organisationId:guid}/clients")
            .RequireAuthorization(ManageClientsPolicy)
            .WithTags("VCSE API clients");

        clients.MapPost("/", CreateAsync).ProducesValidationProblem();
        clients.MapGet("/", ListAsync);
        clients.MapPost("/{clientId}/rotate", RotateAsync);
        clients.MapDelete("/{clientId}", RevokeAsync);
        return app;
    }

    private static async Task<IResult> CreateAsync(
        Guid organisationId, CreateApiClientRequest body, ClaimsPrincipal user, IdentityContext db,
        IOpenIddictApplicationManager applications, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        Validate(body);
        var scopes = body.Scopes!.Distinct().ToList();
        var clientId = $"vcse-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = body.DisplayName!.Trim(),
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(scopes.Select(s => Permissions.Prefixes.Scope + s));

        var client = new ApiClient
        {
            ClientId = clientId,
            OrganisationId = organisationId,
            DisplayName = descriptor.DisplayName,
            Scopes = scopes,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = ActorOf(user),
        };
        await db.InTransactionAsync(async (transaction, ct) =>
        {
            db.ApiClients.Add(client);
            await db.SaveChangesAsync(ct);
            await applications.CreateAsync(descriptor, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);

        await audit.RecordAsync(AuditEventType.ClientCreated, subjectId: clientId, actorId: client.CreatedBy, organisationId: organisationId, cancellationToken: cancellationToken);
        return Results.Created($"/api/organisations/{organisationId}/clients/{clientId}",
            new ApiClientSecret(clientId, secret, client.DisplayName, scopes));
    }

    private static async Task<IResult> ListAsync(Guid organisationId, IdentityContext db, CancellationToken cancellationToken)
    {
        var clients = await db.ApiClients.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        return Results.Ok(clients.Select(c => new ApiClientSummary(c.ClientId, c.DisplayName, c.Scopes, c.CreatedAt, c.SecretRotatedAt, c.RevokedAt)));
    }

    private static async Task<IResult> RotateAsync(
        Guid organisationId, string clientId, ClaimsPrincipal user, IdentityContext db,
        IOpenIddictApplicationManager applications, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var client = await FindActiveAsync(db, organisationId, clientId, cancellationToken);
        var application = client is null ? null : await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (client is null || application is null)
        {
            throw NotFound(clientId);
        }

        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        client.SecretRotatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        await audit.RecordAsync(AuditEventType.ClientSecretRotated, subjectId: clientId, actorId: ActorOf(user), organisationId: organisationId, cancellationToken: cancellationToken);
        return Results.Ok(new ApiClientSecret(clientId, secret, client.DisplayName, client.Scopes));
    }

    private static async Task<IResult> RevokeAsync(
        Guid organisationId, string clientId, ClaimsPrincipal user, IdentityContext db,
        IOpenIddictApplicationManager applications, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        // Loaded inside the unit, so a retry after a transient failure starts from the stored row.
        var revoked = await db.InTransactionAsync(async (transaction, ct) =>
        {
            var client = await FindActiveAsync(db, organisationId, clientId, ct);
            if (client is null)
            {
                return null;
            }
            if (await applications.FindByClientIdAsync(clientId, ct) is { } application)
            {
                // Deleting the registration also deletes its authorisations and stored tokens.
                await applications.DeleteAsync(application, ct);
            }
            client.RevokedAt = time.GetUtcNow();
            client.RevokedBy = ActorOf(user);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return client;
        }, cancellationToken);
        if (revoked is null)
        {
            throw NotFound(clientId);
        }

        await audit.RecordAsync(AuditEventType.ClientRevoked, subjectId: clientId, actorId: revoked.RevokedBy, organisationId: organisationId, cancellationToken: cancellationToken);
        return Results.NoContent();
    }

    private static void Validate(CreateApiClientRequest body)
    {
        var errors = new FieldErrors();
        errors.Check(!string.IsNullOrWhiteSpace(body.DisplayName) && body.DisplayName.Length <= 200,
            "displayName", "Give the client a name of 1 to 200 characters, e.g. the system that will use it.");
        if (body.Scopes is not { Count: > 0 })
        {
            errors.Add("scopes", $"Choose at least one scope from: {string.Join(", ", ApiScopes.ForVcseClients)}.");
        }
        else if (body.Scopes.Except(ApiScopes.ForVcseClients).ToList() is { Count: > 0 } notAllowed)
        {
            errors.Add("scopes", $"Not available to VCSE clients: {string.Join(", ", notAllowed)}. Choose from: {string.Join(", ", ApiScopes.ForVcseClients)}.");
        }
        errors.ThrowIfAny();
    }

    private static Task<ApiClient?> FindActiveAsync(IdentityContext db, Guid organisationId, string clientId, CancellationToken cancellationToken) =>
        db.ApiClients.FirstOrDefaultAsync(c => c.ClientId == clientId && c.OrganisationId == organisationId && c.RevokedAt == null, cancellationToken);

    private static ProblemException NotFound(string clientId) => ProblemException.NotFound($"The organisation has no active client '{clientId}'.");

    private static string ActorOf(ClaimsPrincipal user) => user.GetClaim(Claims.Subject) ?? "unknown";

    /// <summary>256 random bits, URL-safe: shown once, never stored in clear.</summary>
    private static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
