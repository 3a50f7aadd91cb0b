using System.Globalization;

namespace SocialPrescribing.Web.Forms;

/// <summary>Dates written the way the NHS writes them in text: 6 December 2026.</summary>
public static class UkDates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", British);
}
