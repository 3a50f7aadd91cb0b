namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>The 19 ethnic groups of the ONS 2021 Census for England and Wales, by high-level group.</summary>
public enum Ethnicity
{
    AsianBangladeshi,
    AsianChinese,
    AsianIndian,
    AsianPakistani,
    AsianOther,
    BlackAfrican,
    BlackCaribbean,
    BlackOther,
    MixedWhiteAndAsian,
    MixedWhiteAndBlackAfrican,
    MixedWhiteAndBlackCaribbean,
    MixedOther,
    WhiteBritish,
    WhiteIrish,
    WhiteGypsyOrIrishTraveller,
    WhiteRoma,
    WhiteOther,
    OtherArab,
    OtherAnyOther,
    PreferNotToSay,
}
