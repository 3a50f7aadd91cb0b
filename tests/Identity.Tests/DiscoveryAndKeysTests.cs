using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SocialPrescribing.Identity.Tests;

public sealed class DiscoveryAndKeysTests(IdentityServerFixture identity)
{
    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_discovery_document_offers_code_with_S256_client_credentials_and_the_one_time_code_grant()
    {
        using var http = identity.Server.NewHttpClient();

        var discovery = await http.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration", Cancellation);

        var grants = discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("urn:socialprescribing:otp", grants);
        Assert.DoesNotContain("password", grants);
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Health_includes_the_identity_database()
    {
        using var http = identity.Server.NewHttpClient();

        var health = await http.GetStringAsync("health", Cancellation);

        Assert.Contains("IdentityContext", health);
    }

    [Fact]
    public void Persisted_server_keys_are_the_same_after_a_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"identity-keys-{Guid.NewGuid():N}");
        try
        {
            var first = ServerKeys.LoadOrCreate(directory);
            var second = ServerKeys.LoadOrCreate(directory);

            Assert.Equal(first.Signing.KeyId, second.Signing.KeyId);
            Assert.NotEqual(first.Signing.KeyId, first.Encryption.KeyId);
            Assert.Equal(ModulusOf(first.Signing), ModulusOf(second.Signing));
            Assert.DoesNotContain("PRIVATE KEY", File.ReadAllText(Path.Combine(directory, "signing-key.json")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string ModulusOf(SecurityKey key) =>
        Convert.ToBase64String(((RsaSecurityKey)key).Rsa.ExportParameters(false).Modulus!);
}
