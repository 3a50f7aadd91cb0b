using Microsoft.EntityFrameworkCore;
using SocialPrescribing.Messaging;

namespace SocialPrescribing.Pipeline.Benchmarks;

/// <summary>
/// A service database as small as one can be: one row a request writes (or a consumer applies), and the product's
/// outbox and inbox tables. The sending and the receiving service each have a database of their own.
/// </summary>
public sealed class PipelineContext(DbContextOptions<PipelineContext> options) : DbContext(options)
{
    public DbSet<PingRow> Pings => Set<PingRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PingRow>(ping =>
        {
            ping.ToTable("pings");
            ping.HasKey(p => p.Id);
            ping.Property(p => p.Id).HasColumnName("id");
            ping.Property(p => p.At).HasColumnName("at");
        });
        modelBuilder.AddMessagingTables();
    }
}

public sealed class PingRow
{
    public Guid Id { get; init; }
    public DateTimeOffset At { get; init; }
}
