using SocialPrescribing.AppHost.Hosting;

namespace SocialPrescribing.AppHost.Tests;

/// <summary>Builders for applications under test: throw-away data, nothing written to the console.</summary>
internal static class TestApps
{
    public const string TestServiceProject = "tests/AppHost.Tests/TestService/TestService.csproj";

    public static DistributedApplicationBuilder Builder(AppHostOptions? options = null) =>
        DistributedApplicationBuilder.Create((options ?? new AppHostOptions()) with { Ephemeral = true, HealthTimeout = TimeSpan.FromSeconds(60) });

    /// <summary>Starts the application, disposing it (stopping what did start) when starting fails.</summary>
    public static async Task<DistributedApplication> StartAsync(DistributedApplicationBuilder builder)
    {
        var app = builder.Build();
        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }
}
