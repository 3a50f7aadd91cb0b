using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;

namespace SocialPrescribing.Identity.Tests;

public sealed class DevelopmentSettingsTests(IdentityServerFixture identity)
{
    private static readonly Dictionary<string, string?> AllOfThem = new()
    {
        [DevelopmentSettings.CodeSenderKey] = "true",
        [DevelopmentSettings.PasswordKey] = "Shared-password-1",
    };

    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public void Each_development_setting_is_named_with_why_it_is_one()
    {
        var present = DevelopmentSettings.PresentIn(Configuration(AllOfThem));

        Assert.Collection(present,
            s => Assert.StartsWith("Identity:DevelopmentCodeSender=true", s, StringComparison.Ordinal),
            s => Assert.StartsWith("Identity:DevelopmentPassword", s, StringComparison.Ordinal),
            s => Assert.Contains("ephemeral development keys", s, StringComparison.Ordinal));
    }

    [Fact]
    public void A_production_configuration_has_none()
    {
        var production = Configuration(new()
        {
            [DevelopmentSettings.CodeSenderKey] = "false",
            [DevelopmentSettings.KeyDirectoryKey] = "/var/lib/identity/keys",
        });

        Assert.Empty(DevelopmentSettings.PresentIn(production));
        DevelopmentSettings.ThrowIfPresentOutsideDevelopment(Environment("Production"), production);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Any_environment_but_Development_and_Testing_refuses_them(string environment)
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            DevelopmentSettings.ThrowIfPresentOutsideDevelopment(Environment(environment), Configuration(AllOfThem)));

        Assert.Contains($"refuses to start in the {environment} environment", refused.Message, StringComparison.Ordinal);
        Assert.Contains(DevelopmentSettings.CodeSenderKey, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void Development_and_Testing_allow_them(string environment) =>
        DevelopmentSettings.ThrowIfPresentOutsideDevelopment(Environment(environment), Configuration(AllOfThem));

    [Fact]
    public async Task A_production_run_with_the_development_code_sender_and_password_refuses_to_start()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var server = await IdentityServer.StartAsync(identity.Postgres, environment: "Production");
        });

        Assert.Contains("refuses to start in the Production environment", Flatten(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_run_without_the_switch_has_no_development_outbox_and_says_codes_cannot_be_sent()
    {
        var keys = Directory.CreateTempSubdirectory("identity-keys-");
        try
        {
            await using var server = await IdentityServer.StartAsync(identity.Postgres, environment: "Production", settings: new Dictionary<string, string?>
            {
                [DevelopmentSettings.CodeSenderKey] = null,
                [DevelopmentSettings.PasswordKey] = null,
                [DevelopmentSettings.KeyDirectoryKey] = keys.FullName,
            });
            using var http = server.NewHttpClient();

            using var outbox = await http.GetAsync("dev/outbox?to=margaret.hughes%40example.org", Cancellation);
            using var health = await http.GetAsync(".well-known/openid-configuration", Cancellation);
            using var code = await http.PostAsync("connect/otp/send",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["identifier"] = "margaret.hughes@example.org" }), Cancellation);

            Assert.Equal(HttpStatusCode.NotFound, outbox.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            // No sender is registered outside development yet: a plain refusal, not a server error.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, code.StatusCode);
            Assert.Contains("cannot be sent", await code.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_the_switch_a_test_run_has_no_development_outbox_either()
    {
        await using var server = await IdentityServer.StartAsync(identity.Postgres, settings: new Dictionary<string, string?>
        {
            [DevelopmentSettings.CodeSenderKey] = null,
        });
        using var http = server.NewHttpClient();

        using var outbox = await http.GetAsync("dev/outbox?to=margaret.hughes%40example.org", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, outbox.StatusCode);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };

    private static string Flatten(Exception exception)
    {
        var messages = new List<string>();
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        return string.Join(" | ", messages);
    }
}
