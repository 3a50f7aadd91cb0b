using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace SocialPrescribing.CommunityDirectory.Apis.Oruk;

/// <summary>
/// Whole answers of the public ORUK searches, kept by path and query and served again (with an ETag, and 304 Not
/// Modified for a client that already has them) until this process changes the directory (<see cref="DirectoryChanges"/>)
/// or <see cref="MaxAge"/> passes: the bound on how long another replica's change, or a listing turning stale with time,
/// can go unseen.
/// </summary>
/// <remarks>
/// Answers are filed under the change number read before the search ran, and looked up under the current one, so an
/// answer read while a change was being made is never served. Bounded in memory: when full, the answers asked for
/// least recently make way, so a harvester walking every page cannot crowd out the searches people repeat.
/// </remarks>
public sealed class OrukResponseCache(DirectoryChanges changes, TimeProvider time, long maxBytes = OrukResponseCache.DefaultMaxBytes) : IDisposable
{
    public const long DefaultMaxBytes = 32 * 1024 * 1024;
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);
    private const string ContentType = "application/json; charset=utf-8";

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = maxBytes, CompactionPercentage = 0.25 });

    /// <summary>The cached answer when there is one; otherwise <paramref name="answer"/>'s, kept when it is a 200 with a body.</summary>
    public async Task<IResult> ServeAsync(HttpContext http, Func<Task<IResult>> answer)
    {
        var key = new Key(changes.Version, http.Request.Path + http.Request.QueryString);
        if (_answers.TryGetValue(key, out Entry? cached) && time.GetUtcNow() < cached!.Expires)
        {
            return Serve(http, cached);
        }

        var result = await answer();
        if (result is not IValueHttpResult { Value: { } value } || result is IStatusCodeHttpResult { StatusCode: not (null or StatusCodes.Status200OK) })
        {
            return result;
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), OrukJson.Options);
        // From the content: the same answer has the same ETag after a restart, on another replica, or read again.
        var entry = new Entry(body, $"\"{Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 16))}\"", time.GetUtcNow() + MaxAge);
        if (key.Version == changes.Version)
        {
            _answers.Set(key, entry, new MemoryCacheEntryOptions { Size = body.Length, AbsoluteExpirationRelativeToNow = MaxAge });
        }
        return Serve(http, entry);
    }

    public void Dispose() => _answers.Dispose();

    private static IResult Serve(HttpContext http, Entry entry)
    {
        http.Response.Headers.ETag = entry.ETag;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch;
        return ifNoneMatch.Count > 0 && ifNoneMatch.Any(v => v is not null && (v.Contains(entry.ETag, StringComparison.Ordinal) || v.Trim() == "*"))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(entry.Body, ContentType);
    }

    private sealed record Key(long Version, string PathAndQuery);

    private sealed record Entry(byte[] Body, string ETag, DateTimeOffset Expires);
}
