namespace SocialPrescribing.Volunteering.Domain.Equality;

/// <summary>The 19 ethnic groups of the 2021 Census in England and Wales, and "prefer not to say".</summary>
public enum EthnicGroup
{
    Bangladeshi,
    Chinese,
    Indian,
    Pakistani,
    OtherAsian,
    African,
    Caribbean,
    OtherBlack,
    WhiteAndAsian,
    WhiteAndBlackAfrican,
    WhiteAndBlackCaribbean,
    OtherMixed,
    WhiteBritish,
    WhiteIrish,
    WhiteGypsyOrIrishTraveller,
    WhiteRoma,
    OtherWhite,
    Arab,
    AnyOtherEthnicGroup,
    PreferNotToSay,
}

/// <summary>The five high-level groups a report shows, so that small groups are not picked out.</summary>
public enum HighLevelEthnicGroup
{
    Asian,
    Black,
    Mixed,
    White,
    Other,
}

public static class EthnicGroups
{
    /// <returns>The 2021 Census high-level group; null for "prefer not to say".</returns>
    public static HighLevelEthnicGroup? HighLevel(this EthnicGroup group) => group switch
    {
        <= EthnicGroup.OtherAsian => HighLevelEthnicGroup.Asian,
        <= EthnicGroup.OtherBlack => HighLevelEthnicGroup.Black,
        <= EthnicGroup.OtherMixed => HighLevelEthnicGroup.Mixed,
        <= EthnicGroup.OtherWhite => HighLevelEthnicGroup.White,
        <= EthnicGroup.AnyOtherEthnicGroup => HighLevelEthnicGroup.Other,
        _ => null,
    };
}
