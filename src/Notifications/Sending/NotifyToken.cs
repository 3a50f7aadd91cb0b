using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SocialPrescribing.Notifications.Sending;

/// <summary>
/// The bearer token GOV.UK Notify asks for: a JWT signed HS256 with the key's secret, issuer the
/// service id, issued-at now. Notify refuses one more than 30 seconds off its clock, so one is made per request.
/// </summary>
public static class NotifyToken
{
    private static readonly string Header = Base64Url("""{"typ":"JWT","alg":"HS256"}"""u8);

    public static string Create(NotifyApiKey key, DateTimeOffset now)
    {
        var claims = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss = key.ServiceId, iat = now.ToUnixTimeSeconds() }));
        var signed = $"{Header}.{claims}";
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.Secret), Encoding.ASCII.GetBytes(signed));
        return $"{signed}.{Base64Url(signature)}";
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
