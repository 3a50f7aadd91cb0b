namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>
/// One outcome in an SROI account: how much of it happened (in the proxy's unit, per year) and
/// the assumptions that take the gross value down to the impact. Deadweight, displacement,
/// attribution and drop-off are fractions from 0 to 1. A negative quantity records a harm.
/// </summary>
public sealed record OutcomeInput
{
    public const int MaxDurationYears = 50;

    public required string Name { get; init; }
    public required string ProxyCode { get; init; }
    public required Estimate Quantity { get; init; }

    /// <summary>Share that would have happened anyway.</summary>
    public Estimate Deadweight { get; init; } = 0m;

    /// <summary>Share that only displaced the same outcome elsewhere.</summary>
    public Estimate Displacement { get; init; } = 0m;

    /// <summary>Share due to other people or organisations.</summary>
    public Estimate Attribution { get; init; } = 0m;

    /// <summary>Share of the outcome lost each year after the first.</summary>
    public Estimate DropOff { get; init; } = 0m;

    /// <summary>Whole years the outcome lasts, 1 to 50.</summary>
    public Estimate DurationYears { get; init; } = 1m;
}
