using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>The matcher's suggestions in a link worker's words: how good a match is, never a raw score.</summary>
public static class SuggestionText
{
    /// <summary>The kinds of suggestion in the order the page shows them, with their headings.</summary>
    public static readonly IReadOnlyList<(string Kind, string Heading)> Kinds = [(TargetKinds.Activity, "Activities"), (TargetKinds.Volunteer, "Volunteers")];

    /// <summary>A score (0 to 1, the weighted mean of the reasons below it) as words.</summary>
    public static string Strength(double score) => score switch
    {
        >= 0.75 => "Very good match",
        >= 0.5 => "Good match",
        >= 0.25 => "Fair match",
        _ => "Weak match",
    };
}
