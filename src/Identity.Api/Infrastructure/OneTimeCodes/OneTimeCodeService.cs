using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

/// <summary>
/// Passwordless sign-in for volunteers: a 6-digit code, valid 10 minutes, single use, at most
/// 5 wrong tries. A new code replaces any earlier one. Nothing here tells the caller whether
/// an account exists: unknown identifiers are accepted and nothing is sent.
/// </summary>
public sealed class OneTimeCodeService(
    IdentityContext db,
    UserManager<ApplicationUser> users,
    AuditLog audit,
    TimeProvider time,
    // None until a real email/SMS sender is registered (a production run without the development switch).
    IOneTimeCodeSender? sender = null)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxAttempts = 5;

    /// <summary>False where no sender is registered: codes can be checked but not sent.</summary>
    public bool CanSend => sender is not null;

    public async Task IssueAsync(string identifier, CancellationToken cancellationToken)
    {
        if (sender is null)
        {
            throw new InvalidOperationException("No one-time code sender is registered.");
        }
        var normalised = OneTimeCodeIdentifier.Normalise(identifier);
        var user = await FindVolunteerAsync(normalised, cancellationToken);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return;
        }

        var now = time.GetUtcNow();
        var identifierHash = OneTimeCodeIdentifier.Hash(normalised);
        await db.OneTimeCodes
            .Where(c => c.IdentifierHash == identifierHash && c.ConsumedAt == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ConsumedAt, now), cancellationToken);

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var id = Guid.CreateVersion7(now);
        db.OneTimeCodes.Add(new OneTimeCode
        {
            Id = id,
            UserId = user.Id,
            IdentifierHash = identifierHash,
            CodeHash = HashCode(id, code),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await sender.SendAsync(new OneTimeCodeMessage(normalised, code, now + Lifetime), cancellationToken);
        await audit.RecordAsync(AuditEventType.OneTimeCodeRequested, subjectId: user.Id, cancellationToken: cancellationToken);
    }

    /// <summary>The volunteer the code belongs to, or null (with the reason audited) when it must be refused.</summary>
    public async Task<ApplicationUser?> RedeemAsync(string identifier, string code, string? clientId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var identifierHash = OneTimeCodeIdentifier.Hash(OneTimeCodeIdentifier.Normalise(identifier));
        var current = await db.OneTimeCodes.AsNoTracking()
            .Where(c => c.IdentifierHash == identifierHash)
            .OrderByDescending(c => c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

        var refusal = current switch
        {
            null => "no_code",
            { ConsumedAt: not null } => "code_used",
            _ when current.ExpiresAt <= now => "code_expired",
            _ => null,
        };
        // The try is counted before the code is compared, in one conditional UPDATE, so parallel
        // guesses cannot all read "fewer than five" and all be compared.
        if (refusal is null && !await TryCountAttemptAsync(current!, now, cancellationToken))
        {
            refusal = "too_many_attempts";
        }
        if (refusal is null && !Matches(current!, code))
        {
            refusal = "wrong_code";
        }

        if (refusal is null && await ConsumeAsync(current!, now, cancellationToken))
        {
            var user = await users.FindByIdAsync(current!.UserId);
            if (user is not null && !await users.IsLockedOutAsync(user))
            {
                await audit.RecordAsync(AuditEventType.OneTimeCodeSignInSucceeded, subjectId: user.Id, clientId: clientId, cancellationToken: cancellationToken);
                return user;
            }
            refusal = "account_unavailable";
        }

        await audit.RecordAsync(AuditEventType.OneTimeCodeSignInFailed, subjectId: current?.UserId, clientId: clientId,
            detail: refusal ?? "code_used", cancellationToken: cancellationToken);
        return null;
    }

    /// <summary>
    /// Counts a try at a live code; false when it has had <see cref="MaxAttempts"/> tries already
    /// (or was used or expired meanwhile). PostgreSQL re-checks the condition on the locked row,
    /// so at most <see cref="MaxAttempts"/> concurrent tries get through.
    /// </summary>
    private async Task<bool> TryCountAttemptAsync(OneTimeCode code, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.OneTimeCodes
            .Where(c => c.Id == code.Id && c.ConsumedAt == null && c.ExpiresAt > now && c.FailedAttempts < MaxAttempts)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.FailedAttempts, x => x.FailedAttempts + 1), cancellationToken) == 1;

    /// <summary>
    /// Marks the code used, taking back the try counted for this right code; false when a
    /// concurrent request used it first (replay).
    /// </summary>
    private async Task<bool> ConsumeAsync(OneTimeCode code, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.OneTimeCodes
            .Where(c => c.Id == code.Id && c.ConsumedAt == null)
            .ExecuteUpdateAsync(c => c
                .SetProperty(x => x.ConsumedAt, now)
                .SetProperty(x => x.FailedAttempts, x => x.FailedAttempts - 1), cancellationToken) == 1;

    private static bool Matches(OneTimeCode stored, string code) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(stored.CodeHash),
            Encoding.ASCII.GetBytes(HashCode(stored.Id, code.Trim())));

    private static string HashCode(Guid id, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}:{code}")));

    private async Task<ApplicationUser?> FindVolunteerAsync(string normalised, CancellationToken cancellationToken)
    {
        var user = OneTimeCodeIdentifier.IsEmail(normalised)
            ? await users.FindByEmailAsync(normalised)
            : await users.Users.FirstOrDefaultAsync(u => u.PhoneNumber == normalised, cancellationToken);
        return user is not null && await users.IsInRoleAsync(user, Roles.Volunteer) ? user : null;
    }
}
