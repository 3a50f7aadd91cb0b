using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SocialPrescribing.Messaging.Tests;

/// <summary>Settings that would make the relay's loop spin are refused when the service starts.</summary>
public sealed class MessagingOptionsTests
{
    [Theory]
    [InlineData("RelayBatchSize", "0")]
    [InlineData("RelayPollInterval", "00:00:00")]
    [InlineData("RelayMinBackoff", "00:00:00")]
    [InlineData("RelayMaxBackoff", "00:00:00.500")]
    [InlineData("PublishTimeout", "00:00:00")]
    [InlineData("RelayMaxAttempts", "0")]
    public async Task A_setting_that_would_make_the_relay_spin_stops_the_service_starting(string setting, string value)
    {
        var builder = Host.CreateApplicationBuilder();
        // Nothing listens at these addresses: validation must refuse the settings before anything connects.
        builder.Configuration["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/";
        builder.Configuration["OTEL_SERVICE_NAME"] = $"ledger-{Guid.NewGuid():N}";
        builder.Configuration[$"Messaging:{setting}"] = value;
        builder.AddMessaging<LedgerContext>();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains(setting, refused.Message);
    }
}
