namespace SocialPrescribing.Referrals.Domain.Common;

/// <summary>
/// A rule of the domain was broken. <see cref="Field"/> names the input at fault when there is
/// one, so the API can answer with a validation problem pointing at it.
/// </summary>
public class DomainException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}
