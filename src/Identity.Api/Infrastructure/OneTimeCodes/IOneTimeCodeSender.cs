namespace SocialPrescribing.Identity.Infrastructure.OneTimeCodes;

/// <summary>Delivers a sign-in code by email or text message (GOV.UK Notify in production).</summary>
public interface IOneTimeCodeSender
{
    Task SendAsync(OneTimeCodeMessage message, CancellationToken cancellationToken);
}

/// <param name="To">The normalised email address or phone number.</param>
public sealed record OneTimeCodeMessage(string To, string Code, DateTimeOffset ExpiresAt);
