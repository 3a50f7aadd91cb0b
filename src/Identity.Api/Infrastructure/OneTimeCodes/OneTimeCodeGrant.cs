namespace SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

/// <summary>
/// The token-endpoint extension grant for volunteers:
/// <c>grant_type=urn:socialprescribing:otp&amp;identifier=…&amp;code=…&amp;client_id=web</c>.
/// </summary>
public static class OneTimeCodeGrant
{
    public const string GrantType = "urn:socialprescribing:otp";
    public const string IdentifierParameter = "identifier";
    public const string CodeParameter = "code";
}
