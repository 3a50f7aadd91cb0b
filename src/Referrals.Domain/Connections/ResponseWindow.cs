using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>When a request was sent and how many working days the provider agreed to answer in.</summary>
public sealed record ResponseWindow
{
    public const int DefaultAgreedWorkingDays = 10;

    public ResponseWindow(DateTimeOffset requestedAt, int agreedWorkingDays = DefaultAgreedWorkingDays)
    {
        RequestedAt = requestedAt;
        AgreedWorkingDays = agreedWorkingDays >= 1
            ? agreedWorkingDays
            : throw new DomainException("An agreed response time is at least 1 working day.", "agreedWorkingDays");
    }

    public DateTimeOffset RequestedAt { get; }
    public int AgreedWorkingDays { get; }
}
