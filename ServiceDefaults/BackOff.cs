namespace Microsoft.Extensions.Hosting;

/// <summary>
/// For background loops that retry what another service, the database or the broker could not do yet:
/// a growing delay, and a one-line description of the failure for a log line without a stack trace.
/// </summary>
public static class BackOff
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary><paramref name="first"/>, doubled for each further attempt, at most <see cref="MaxDelay"/> (never less than <paramref name="first"/>).</summary>
    public static TimeSpan Delay(TimeSpan first, int attempt)
    {
        var doubled = first.Ticks << Math.Clamp(attempt - 1, 0, 16);
        return TimeSpan.FromTicks(Math.Max(first.Ticks, Math.Min(doubled, MaxDelay.Ticks)));
    }

    /// <summary>The innermost cause's type and first line of message, e.g. "HttpRequestException: Connection refused (identity:5001)".</summary>
    public static string Describe(Exception exception)
    {
        var cause = exception;
        while (cause.InnerException is { } inner)
        {
            cause = inner;
        }
        var message = cause.Message.Split('\n', 2)[0].Trim();
        return cause == exception
            ? $"{cause.GetType().Name}: {message}"
            : $"{exception.GetType().Name} <- {cause.GetType().Name}: {message}";
    }
}
