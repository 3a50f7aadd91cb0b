namespace SocialPrescribing.Volunteering.Domain.Sroi;

/// <summary>Bounds far beyond any real programme, so absurd input is reported instead of overflowing decimal arithmetic.</summary>
internal static class Limits
{
    public const decimal Money = 1_000_000_000_000m;
    public const decimal Quantity = 1_000_000_000m;
    public const string MoneyMessage = "Must be at most £1,000,000,000,000.";
    public const string QuantityMessage = "Must be between -1,000,000,000 and 1,000,000,000.";
}
