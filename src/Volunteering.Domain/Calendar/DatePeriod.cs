namespace SocialPrescribing.Volunteering.Domain.Calendar;

/// <summary>A span of calendar days, both ends included.</summary>
public readonly record struct DatePeriod(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    public override string ToString() => $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
