using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace SocialPrescribing.CommunityDirectory.Apis.Oruk;

/// <summary>
/// Whole answers of the public ORUK searches, kept by path and query and served again (with an ETag, and 304 Not
/// Modified for a client that already has them) until this process changes the directory (<see cref="DirectoryChanges"/>)
/// or <see cref="MaxAge"/> passes: the bound on how long another replica's change, or a listing turning stale with time,
/// can go unseen. Bounded in memory; a change drops every answer at once.
/// </summary>
public sealed class OrukResponseCache(DirectoryChanges changes, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);
    private const long MaxBytes = 32 * 1024 * 1024;
    private const string ContentType = "application/json; charset=utf-8";

    private Generation _generation = new(-1);

    /// <summary>The cached answer when there is one; otherwise <paramref name="answer"/>'s, kept when it is a 200 with a body.</summary>
    public async Task<IResult> ServeAsync(HttpContext http, Func<Task<IResult>> answer)
    {
        var key = http.Request.Path + http.Request.QueryString;
        var version = changes.Version;
        var generation = Volatile.Read(ref _generation);
        if (generation.Version == version && generation.Entries.TryGetValue(key, out var cached) && time.GetUtcNow() < cached.Expires)
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
        Store(version, key, entry);
        return Serve(http, entry);
    }

    private void Store(long version, string key, Entry entry)
    {
        var generation = Volatile.Read(ref _generation);
        if (generation.Version != version)
        {
            // Read under an older number than the last stored: out of date already.
            if (generation.Version > version)
            {
                return;
            }
            var fresh = new Generation(version);
            generation = Interlocked.CompareExchange(ref _generation, fresh, generation) == generation ? fresh : Volatile.Read(ref _generation);
            if (generation.Version != version)
            {
                return;
            }
        }
        if (Interlocked.Add(ref generation.Bytes, entry.Body.Length) <= MaxBytes)
        {
            generation.Entries[key] = entry;
        }
    }

    private static IResult Serve(HttpContext http, Entry entry)
    {
        http.Response.Headers.ETag = entry.ETag;
        var ifNoneMatch = http.Request.Headers.IfNoneMatch;
        return ifNoneMatch.Count > 0 && ifNoneMatch.Any(v => v is not null && (v.Contains(entry.ETag, StringComparison.Ordinal) || v.Trim() == "*"))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(entry.Body, ContentType);
    }

    private sealed record Entry(byte[] Body, string ETag, DateTimeOffset Expires);

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;
        public ConcurrentDictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);
        public long Bytes;
    }
}
