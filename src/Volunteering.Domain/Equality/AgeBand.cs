namespace SocialPrescribing.Volunteering.Domain.Equality;

/// <summary>A volunteer's age band, as they give it (no date of birth is held for volunteers).</summary>
public enum AgeBand
{
    From16To24,
    From25To34,
    From35To44,
    From45To54,
    From55To64,
    From65To74,
    From75,
    PreferNotToSay,
}
