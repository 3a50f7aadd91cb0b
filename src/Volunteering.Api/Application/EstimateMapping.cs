using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.Application;

/// <summary>The domain's assumptions and the HTTP contract's, one for the other.</summary>
public static class EstimateMapping
{
    public static Estimate ToEstimate(this SroiEstimate estimate) => new(estimate.Value, estimate.Low, estimate.High);

    public static SroiEstimate ToContract(this Estimate estimate) => new(estimate.Value, estimate.Low, estimate.High);
}
