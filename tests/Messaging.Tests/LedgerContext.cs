using Microsoft.EntityFrameworkCore;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>A small service database for the tests: accounts whose balances only grow by events.</summary>
public sealed class LedgerContext(DbContextOptions<LedgerContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>().ToTable("accounts");
        modelBuilder.AddMessagingTables();
    }
}

public sealed class Account
{
    public Guid Id { get; init; }
    public int Balance { get; set; }
}
