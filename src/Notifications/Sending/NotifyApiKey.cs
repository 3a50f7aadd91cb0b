namespace SocialPrescribing.Notifications.Sending;

/// <summary>
/// A GOV.UK Notify API key, <c>{key_name}-{service_id}-{secret_key}</c>: the last two parts are UUIDs
/// (36 characters each), so they are read from the end, as the key name may itself hold hyphens.
/// </summary>
public sealed record NotifyApiKey(string ServiceId, string Secret)
{
    private const int UuidLength = 36;

    public static NotifyApiKey Parse(string key)
    {
        var trimmed = key.Trim();
        if (trimmed.Length < 2 * UuidLength + 1
            || !Guid.TryParse(trimmed[^UuidLength..], out _)
            || !Guid.TryParse(trimmed[^(2 * UuidLength + 1)..^(UuidLength + 1)], out _))
        {
            throw new FormatException("A GOV.UK Notify API key ends with the service id and the secret key, two UUIDs joined by a hyphen.");
        }
        return new NotifyApiKey(trimmed[^(2 * UuidLength + 1)..^(UuidLength + 1)], trimmed[^UuidLength..]);
    }

    public override string ToString() => $"NotifyApiKey {{ ServiceId = {ServiceId} }}";
}
