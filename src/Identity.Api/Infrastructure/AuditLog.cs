using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace SocialPrescribing.Identity.Infrastructure;

/// <summary>
/// Writes the audit trail (table <c>AuditEvents</c>) and a log line without personal data.
/// The IP address is stored as an HMAC keyed with <c>Identity:AuditIpKey</c>, enough to see
/// that failures come from one place without keeping the address itself.
/// </summary>
public sealed partial class AuditLog(
    IdentityContext db,
    IHttpContextAccessor http,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<AuditLog> logger)
{
    public async Task RecordAsync(AuditEvent audit, CancellationToken cancellationToken = default)
    {
        var entry = new AuditEvent
        {
            OccurredAt = time.GetUtcNow(),
            Type = audit.Type,
            SubjectId = Clip(audit.SubjectId),
            ActorId = Clip(audit.ActorId),
            ClientId = Clip(audit.ClientId),
            OrganisationId = audit.OrganisationId,
            Detail = Clip(audit.Detail),
            IpAddressHash = HashOf(http.HttpContext?.Connection.RemoteIpAddress),
        };
        db.AuditEvents.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        LogAudit(entry.Type, entry.SubjectId, entry.ClientId, entry.Detail);
    }

    /// <summary>The length of AuditEvents' text columns (IdentityContext).</summary>
    private const int TextColumnLength = 100;

    /// <summary>A refused request's client id or grant type is whatever the caller sent: the trail keeps its start.</summary>
    private static string? Clip(string? text) => text is { Length: > TextColumnLength } ? text[..TextColumnLength] : text;

    public Task RecordAsync(AuditEventType type, string? subjectId = null, string? clientId = null, string? detail = null,
        Guid? organisationId = null, string? actorId = null, CancellationToken cancellationToken = default) =>
        RecordAsync(new AuditEvent
        {
            Type = type,
            SubjectId = subjectId,
            ClientId = clientId,
            Detail = detail,
            OrganisationId = organisationId,
            ActorId = actorId,
        }, cancellationToken);

    private string? HashOf(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }
        var key = Encoding.UTF8.GetBytes(configuration["Identity:AuditIpKey"] ?? "socialprescribing-audit");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, address.GetAddressBytes()))[..32];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit {EventType} subject {SubjectId} client {ClientId} ({Detail})")]
    private partial void LogAudit(AuditEventType eventType, string? subjectId, string? clientId, string? detail);
}
