using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>A record with the row version it was read or written at, served as its ETag.</summary>
public sealed record Versioned<T>(T Value, uint Version);

/// <summary>
/// Hour logs, volunteers, organisations, programmes and investments are versioned by PostgreSQL's xmin (a shadow
/// property, so the domain types stay free of storage): a change must name the version read in If-Match (see
/// <see cref="IfMatch.Ensure"/>), and the UPDATE checks it too, so a change made between the read and the write is
/// not overwritten.
/// </summary>
public static class RowVersions
{
    private const string Column = "xmin";

    public static void IsVersioned<T>(this EntityTypeBuilder<T> entity) where T : class =>
        entity.Property<uint>(Column).HasColumnName(Column).IsRowVersion();

    public static uint VersionOf<T>(this DbContext db, T entity) where T : class => db.Entry(entity).Property<uint>(Column).CurrentValue;

    /// <summary>The tracked <paramref name="entity"/> with its version.</summary>
    public static Versioned<T> Versioned<T>(this DbContext db, T entity) where T : class => new(entity, db.VersionOf(entity));

    /// <summary>428 without If-Match, 412 when it names another version; else the UPDATE is made conditional on it.</summary>
    public static void CheckVersion<T>(this DbContext db, T entity, IfMatch? ifMatch) where T : class =>
        db.Entry(entity).Property<uint>(Column).OriginalValue = IfMatch.Ensure(ifMatch, db.VersionOf(entity));
}
