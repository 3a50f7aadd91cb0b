using Microsoft.Net.Http.Headers;

namespace SocialPrescribing.CommunityDirectory.Apis;

/// <summary>Row versions as strong ETags, and If-Match read back into an <see cref="IfMatch"/>.</summary>
public static class ETags
{
    public static string For(uint version) => $"\"{version}\"";

    /// <summary>Null when the header is absent; a value that is not one of ours can never match.</summary>
    public static IfMatch? ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        if (header.Trim() == "*")
        {
            return IfMatch.Any;
        }
        return EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag)
               && !tag.IsWeak
               && uint.TryParse(tag.Tag.AsSpan().Trim('"'), out var version)
            ? new IfMatch(version)
            : IfMatch.None;
    }

    public static void Set(HttpResponse response, uint version) => response.Headers.ETag = For(version);
}
