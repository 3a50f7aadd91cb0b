using SocialPrescribing.Seeds.Model;

namespace SocialPrescribing.Seeds.Synthetic;

/// <summary>A synthetic activity with its own venue, placed near a real district centroid.</summary>
public sealed record SyntheticActivity(ActivitySeed Activity, LocationSeed Location);
