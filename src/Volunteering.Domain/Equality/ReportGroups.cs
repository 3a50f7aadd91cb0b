namespace SocialPrescribing.Volunteering.Domain.Equality;

/// <summary>
/// The groups a diversity report shows, in the order it shows them: each answer's group, and "not given" for no
/// answer or "prefer not to say". Ethnicity is shown by the five high-level groups only, and deprivation by
/// quintile, so that no group is small enough to point at a person.
/// </summary>
public static class ReportGroups
{
    public const string NotGiven = "not given";
    public const string AreaNotKnown = "area not known";

    public static readonly IReadOnlyList<string> AgeBands =
        ["16 to 24", "25 to 34", "35 to 44", "45 to 54", "55 to 64", "65 to 74", "75 and over", NotGiven];

    public static readonly IReadOnlyList<string> Ethnicities =
    [
        "Asian, Asian British or Asian Welsh",
        "Black, Black British, Black Welsh, Caribbean or African",
        "Mixed or Multiple ethnic groups",
        "White",
        "Other ethnic group",
        NotGiven,
    ];

    public static readonly IReadOnlyList<string> Disabilities = ["disabled", "not disabled", NotGiven];

    public static readonly IReadOnlyList<string> DeprivationQuintiles =
        ["1 (most deprived)", "2", "3", "4", "5 (least deprived)", AreaNotKnown];

    public static string Of(AgeBand? band) =>
        band is { } given && given != AgeBand.PreferNotToSay ? AgeBands[(int)given] : NotGiven;

    public static string Of(EthnicGroup? group) =>
        group?.HighLevel() is { } high ? Ethnicities[(int)high] : NotGiven;

    public static string Of(Disability? answer) => answer?.IsDisabled() switch
    {
        true => Disabilities[0],
        false => Disabilities[1],
        null => NotGiven,
    };

    /// <param name="decile">Index of Multiple Deprivation decile, 1 (most deprived) to 10.</param>
    public static string QuintileOf(int? decile) => decile is >= 1 and <= 10 ? DeprivationQuintiles[(decile.Value - 1) / 2] : AreaNotKnown;
}
