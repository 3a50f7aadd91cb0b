using System.Globalization;

namespace SocialPrescribing.Referrals.Application;

/// <summary>Small-number suppression: a count under 5 could point at a person, so it is shown as "&lt;5".</summary>
public static class Suppression
{
    public const int Threshold = 5;
    public const string Suppressed = "<5";

    public static string Count(int count) => count < Threshold ? Suppressed : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure worked out over <paramref name="people"/>, withheld (null) when they are fewer than 5.</summary>
    public static T? Over<T>(int people, Func<T> figure) where T : struct => people < Threshold ? null : figure();
}
