using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>A log with the row version it was read or written at, served as its ETag.</summary>
public sealed record VersionedLog(HourLog Log, uint Version)
{
    public string ETag => LogVersions.ETagOf(Version);
}

/// <summary>
/// Optimistic concurrency over HTTP for hour logs: a read answers with an ETag of the row's version
/// (PostgreSQL's xmin); a change that sends If-Match must match it (412 otherwise), and the UPDATE
/// checks it too, so a decision made between the read and the write is not overwritten.
/// </summary>
public static class LogVersions
{
    public static string ETagOf(uint version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static uint VersionOf(DbContext db, HourLog log) => db.Entry(log).Property<uint>("xmin").CurrentValue;

    /// <summary>The version the caller read; null when it sent no If-Match (or "*"). A value not of ours never matches.</summary>
    public static uint? ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }
        return uint.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new StaleRecordException($"If-Match {header} is not a version of this log; read it again and retry.");
    }

    /// <summary>Refuses the change when <paramref name="ifMatch"/> names another version, and makes the save check the one read.</summary>
    public static void Check(DbContext db, HourLog log, uint? ifMatch)
    {
        if (ifMatch is not { } expected)
        {
            return;
        }
        var current = VersionOf(db, log);
        if (expected != current)
        {
            throw new StaleRecordException($"The log has changed since version {ETagOf(expected)} was read (it is now {ETagOf(current)}); read it again and retry.");
        }
        db.Entry(log).Property<uint>("xmin").OriginalValue = expected;
    }

    /// <summary>Saves, turning a change that lost the race to someone else's into a 412.</summary>
    public static async Task SaveAsync(DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleRecordException("The log was changed by someone else at the same moment; read it again and retry.");
        }
    }
}
