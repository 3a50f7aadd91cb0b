using System.Globalization;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SocialPrescribing.Referrals.Application;

/// <summary>
/// Optimistic concurrency over HTTP: reads answer with an ETag of the row's version; a write that
/// sends If-Match must match it (412 otherwise), and the version is also checked by the UPDATE
/// itself, so a change made between the read and the write is refused too.
/// </summary>
public static class Concurrency
{
    public const string IfMatchField = "If-Match";

    public static string ETagOf(uint version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = ETagOf(version);

    /// <summary>Refuses the write when the client's If-Match names an older version, and makes the save check it.</summary>
    public static void CheckIfMatch<TEntity>(HttpRequest request, EntityEntry<TEntity> entry, uint currentVersion) where TEntity : class
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch) || ifMatch == "*")
        {
            return;
        }
        if (!uint.TryParse(ifMatch.Replace("W/", "", StringComparison.Ordinal).Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var expected)
            || expected != currentVersion)
        {
            throw new ProblemException(StatusCodes.Status412PreconditionFailed, "Stale update.",
                $"The record has changed since version {ifMatch} was read (it is now {ETagOf(currentVersion)}); read it again and retry.", IfMatchField);
        }
        entry.Property("Version").OriginalValue = expected;
    }
}
