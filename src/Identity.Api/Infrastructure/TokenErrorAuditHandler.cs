using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace SocialPrescribing.Identity.Infrastructure;

/// <summary>
/// Audits every refused token request — revoked or unknown clients, wrong secrets, replayed
/// or expired codes, a PKCE verifier that does not match — with the OAuth error code.
/// </summary>
internal sealed class TokenErrorAuditHandler(AuditLog audit) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (!string.IsNullOrEmpty(context.Error))
        {
            await audit.RecordAsync(AuditEventType.TokenRequestRejected,
                clientId: context.Request?.ClientId,
                detail: $"{context.Request?.GrantType}: {context.Error}",
                cancellationToken: context.CancellationToken);
        }
    }
}
