namespace SocialPrescribing.CommunityDirectory.Model;

/// <summary>The accessibility features a listing may declare; link workers filter on these exact codes.</summary>
public static class AccessibilityFeatures
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["step-free-access"] = "Step-free access",
        ["hearing-loop"] = "Hearing loop",
        ["bsl-interpreter"] = "British Sign Language interpreter",
        ["quiet-space"] = "Quiet space",
        ["accessible-toilet"] = "Accessible toilet",
        ["large-print"] = "Large print materials",
        ["parking"] = "Accessible parking",
        ["changing-places"] = "Changing Places toilet",
    };

    public static bool IsKnown(string code) => Descriptions.ContainsKey(code);
}
