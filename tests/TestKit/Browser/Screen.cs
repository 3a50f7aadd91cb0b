namespace SocialPrescribing.TestKit.Browser;

/// <summary>A screen size: 360 px wide first (a cheap phone), then a desktop.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Screen Phone = new("360", 360, 740, true);
    public static readonly Screen Desktop = new("desktop", 1280, 900, false);
}
