using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SocialPrescribing.ServiceData;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>A service's connections to its database are bounded, so busy services cannot take all of the server's.</summary>
public sealed class ConnectionPoolTests
{
    [Fact]
    public void A_service_takes_at_most_twenty_connections_when_its_connection_string_names_no_pool_size() =>
        Assert.Equal(20, PoolSizeFor("Host=127.0.0.1;Port=1;Database=ledger;Username=ledger"));

    [Theory]
    [InlineData("Maximum Pool Size=5")]
    [InlineData("maxpoolsize=5")]
    public void A_pool_size_the_connection_string_names_is_kept(string setting) =>
        Assert.Equal(5, PoolSizeFor($"Host=127.0.0.1;Port=1;Database=ledger;Username=ledger;{setting}"));

    private static int PoolSizeFor(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:ledger"] = connectionString;
        builder.AddServiceDatabase<LedgerContext>("ledger");
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        // Nothing connects: the context's connection string is what its pool will be opened with.
        var used = scope.ServiceProvider.GetRequiredService<LedgerContext>().Database.GetConnectionString();
        return new NpgsqlConnectionStringBuilder(used).MaxPoolSize;
    }
}
