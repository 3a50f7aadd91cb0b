using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SocialPrescribing.Conventions;

/// <summary>Row versions as strong ETags on reads and writes, and If-Match read back into an <see cref="IfMatch"/>.</summary>
public static class ETags
{
    /// <summary>The field a precondition problem names, so a form can show it like any other error.</summary>
    public const string IfMatchField = "If-Match";

    public static string For(uint version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = For(version);

    /// <summary>Null when the header is absent; a value that is not one of ours can never match.</summary>
    public static IfMatch? ReadIfMatch(this HttpRequest request)
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
               && uint.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new IfMatch(version)
            : IfMatch.None;
    }

    /// <summary>Checks the request's If-Match against the record's <paramref name="current"/> version (see <see cref="IfMatch.Ensure"/>).</summary>
    public static uint EnsureIfMatch(this HttpRequest request, uint current) => IfMatch.Ensure(request.ReadIfMatch(), current);
}
