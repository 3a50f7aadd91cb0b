using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>A token endpoint's successful answer.</summary>
public sealed record TokenSet(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string? Scope = null,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken = null,
    [property: JsonPropertyName("id_token")] string? IdToken = null)
{
    public JwtClaims AccessTokenClaims => JwtClaims.Read(AccessToken);
}

/// <summary>A JWT's payload, read without checking the signature (tests inspect what was issued).</summary>
public sealed class JwtClaims(JsonElement payload)
{
    public static JwtClaims Read(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            throw new FormatException("Not a signed JWT (expected three dot-separated parts).");
        }
        return new JwtClaims(JsonDocument.Parse(DecodeSegment(parts[1])).RootElement.Clone());
    }

    public JsonElement Payload => payload;

    /// <summary>A claim's values: one for a string, several for an array, none when absent.</summary>
    public IReadOnlyList<string> All(string name) => payload.TryGetProperty(name, out var value)
        ? value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.ToString())] : [value.ToString()]
        : [];

    public string? this[string name] => All(name) is [var first, ..] ? first : null;

    public IReadOnlyList<string> Scopes => [.. All("scope").SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>Decodes one base64url segment of a JWT.</summary>
    public static byte[] DecodeSegment(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }

    public override string ToString() => payload.ToString();
}
