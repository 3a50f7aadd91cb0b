namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>One way of paying for an activity (HSDS "cost_option"); an amount always carries its currency.</summary>
public sealed record CostOption(string Option, decimal? Amount, string? Currency, string? AmountDescription)
{
    public bool IsFree => Amount is null or 0;
}
