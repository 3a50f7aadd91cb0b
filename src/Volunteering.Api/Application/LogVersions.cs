using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Volunteering.Domain.HourLogs;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>A log with the row version it was read or written at, served as its ETag.</summary>
public sealed record VersionedLog(HourLog Log, uint Version)
{
    public string ETag => ETags.For(Version);
}

/// <summary>
/// Hour logs are versioned by PostgreSQL's xmin: a change must name the version read in If-Match (see
/// <see cref="IfMatch.Ensure"/>), and the UPDATE checks it too, so a decision made between the read and
/// the write is not overwritten.
/// </summary>
public static class LogVersions
{
    public static uint VersionOf(DbContext db, HourLog log) => db.Entry(log).Property<uint>("xmin").CurrentValue;

    public static void Check(DbContext db, HourLog log, IfMatch? ifMatch) =>
        db.Entry(log).Property<uint>("xmin").OriginalValue = IfMatch.Ensure(ifMatch, VersionOf(db, log));
}
