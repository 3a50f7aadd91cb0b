namespace SocialPrescribing.Referrals.Api.Tests.Hosting;

/// <summary>
/// The real clock moved on by <see cref="Offset"/>. Timers and delays stay real, so the outbox
/// relay keeps publishing while a test jumps working days ahead.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
