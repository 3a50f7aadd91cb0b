namespace SocialPrescribing.Volunteering.Domain.Equality;

/// <summary>
/// The answer to the 2021 Census question that follows the Equality Act 2010's definition of disability: "Are your
/// day-to-day activities limited because of a health problem or disability which has lasted, or is expected to last,
/// at least 12 months?"
/// </summary>
public enum Disability
{
    YesALot,
    YesALittle,
    No,
    PreferNotToSay,
}

public static class Disabilities
{
    /// <returns>Whether the answer means disabled under the Equality Act; null for "prefer not to say".</returns>
    public static bool? IsDisabled(this Disability answer) => answer switch
    {
        Disability.YesALot or Disability.YesALittle => true,
        Disability.No => false,
        _ => null,
    };
}
