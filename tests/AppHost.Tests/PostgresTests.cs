using Npgsql;

namespace SocialPrescribing.AppHost.Tests;

[Collection(nameof(SharedApp))]
public sealed class PostgresTests(SharedAppFixture fixture)
{
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("alpha-db", "alpha-db")]
    [InlineData("beta-db", "beta_data")]
    public async Task Every_declared_database_accepts_the_generated_password(string resource, string databaseName)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString(resource));
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);

        Assert.Equal(databaseName, await command.ExecuteScalarAsync(Cancellation));
    }

    [Fact]
    public async Task A_wrong_password_is_refused()
    {
        var wrong = new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString("alpha-db")) { Password = "not-the-password" };
        await using var connection = new NpgsqlConnection(wrong.ConnectionString);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync(Cancellation));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
    }

    [Fact]
    public void The_server_listens_on_loopback_only()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString("postgres"));

        Assert.Equal("127.0.0.1", connectionString.Host);
        Assert.Equal(fixture.App.GetEndpoint("postgres", "tcp").Port, connectionString.Port);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_password_file_is_readable_by_its_owner_only()
    {
        var mode = File.GetUnixFileMode(Path.Combine(fixture.App.DataDirectory, "postgres.secret"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }
}
