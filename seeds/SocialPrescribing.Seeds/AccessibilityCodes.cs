namespace SocialPrescribing.Seeds;

/// <summary>
/// Accessibility codes shared by activities (features a venue or format has) and people (needs they have);
/// the same codes the directory accepts, so a need is met by the feature with its code.
/// </summary>
public static class AccessibilityCodes
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "step-free-access",
        "hearing-loop",
        "bsl-interpreter",
        "quiet-space",
        "accessible-toilet",
        "large-print",
        "parking",
        "changing-places",
    };
}
