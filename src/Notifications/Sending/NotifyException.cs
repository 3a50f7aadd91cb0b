namespace SocialPrescribing.Notifications.Sending;

/// <summary>Notify refused a notification; <see cref="Error"/> is its error code (e.g. RateLimitError), never the message's content.</summary>
public sealed class NotifyException(int statusCode, string error) : Exception($"GOV.UK Notify answered {statusCode} {error}")
{
    public int StatusCode { get; } = statusCode;
    public string Error { get; } = error;

    /// <summary>Rate limited or a server error: Notify kept nothing, so the same notification may be tried again.</summary>
    public bool MayRetry => StatusCode is 429 or >= 500;
}
