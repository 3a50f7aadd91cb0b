namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>
/// The longest text each field takes: the same limits the web's forms state (src/Web, StringLength on
/// each input), so a caller other than the web cannot store what the web could never show or edit.
/// </summary>
public static class TextLimits
{
    public const int Name = 100;
    public const int Goal = 500;
    public const int Answer = 500;
    public const int Reason = 1000;
    public const int Outcome = 1000;
    public const int Long = 4000;
}
